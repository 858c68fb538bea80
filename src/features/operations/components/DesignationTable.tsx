import { useMemo } from 'react';
import type { TFunction } from '../../../i18n';
import type { Lang } from '../../../i18n';
import { getMunicipality } from '../../../domain/municipalities';
import { exportCsv } from '../../../domain/export-table';
import { Panel } from '../../../ui/Panel';
import { CsvButton } from '../../../ui/export/CsvButton';
import { DataDetails } from '../../../ui/export/DataDetails';
import { ExportTableView } from '../../../ui/export/ExportTable';
import { designationTable, type DesignationRow } from '../model/designation-table';

/** The masters map's text alternative: designations per municipality, with its CSV. */
export function DesignationTable({
  rows,
  lang,
  t,
}: {
  /** From the shelter view (derived once per data change, not per language). */
  rows: readonly DesignationRow[];
  lang: Lang;
  t: TFunction;
}) {
  const table = useMemo(() => {
    return designationTable(rows, {
      municipality: t('export.col.municipality'),
      sites: t('export.desig.sites'),
      shelters: t('export.desig.shelters'),
      welfare: t('export.desig.welfare'),
      facilities: t('export.desig.facilities'),
      doubtful: t('export.desig.doubtful'),
      name: (code) => {
        if (code === 'total') return t('export.desig.total');
        const m = getMunicipality(code);
        return m ? (lang === 'ja' ? m.nameJa : m.nameEn) : code;
      },
    });
  }, [rows, lang, t]);
  const title = t('export.desig.title');
  return (
    <Panel
      title={title}
      id="designations"
      actions={
        <CsvButton
          filename="designations"
          build={() => exportCsv(table)}
          label={t('export.csv')}
          subject={title}
          t={t}
          testId="designation-csv"
        />
      }
    >
      <DataDetails summary={t('export.mapTable')} testId="designation-details">
        {() => (
          <ExportTableView
            table={table}
            caption={t('export.desig.caption')}
            lang={lang}
            t={t}
            testId="designation-table"
          />
        )}
      </DataDetails>
    </Panel>
  );
}
