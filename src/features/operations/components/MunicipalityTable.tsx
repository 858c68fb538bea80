import { useMemo, useState } from 'react';
import { MUNICIPALITIES } from '../../../domain/municipalities';
import { formatNumber, type Lang } from '../../../i18n';
import { Panel } from '../../../ui/Panel';
import type { TFunction } from '../../../app/context';
import type { OperationsTotals } from '../model/aggregates';
import type { LevelInForce } from '../model/levels';
import { sortRows, type SortColumn } from '../model/sort';
import type { MessageKey } from '../../../i18n';
import { exportCsv } from '../../../domain/export-table';
import { CsvButton } from '../../../ui/export/CsvButton';
import { municipalityTable } from '../model/tables';

const COLUMNS: Array<{ id: SortColumn; label: MessageKey; numeric: boolean }> = [
  { id: 'name', label: 'table.municipality', numeric: false },
  { id: 'level', label: 'table.level', numeric: false },
  { id: 'openShelters', label: 'totals.openShelters', numeric: true },
  { id: 'evacuees', label: 'totals.evacuees', numeric: true },
  { id: 'households', label: 'totals.households', numeric: true },
  { id: 'openCapacity', label: 'totals.capacity', numeric: true },
  { id: 'spareCapacity', label: 'totals.spare', numeric: true },
];

export function MunicipalityTable(props: {
  totals: OperationsTotals;
  levels: ReadonlyMap<string, LevelInForce>;
  lang: Lang;
  t: TFunction;
}) {
  const { totals, levels, lang, t } = props;
  const [sort, setSort] = useState<{ column: SortColumn; desc: boolean }>({
    column: 'evacuees',
    desc: true,
  });
  const rows = useMemo(
    () =>
      sortRows(
        MUNICIPALITIES.map((m) => ({
          code: m.code,
          name: lang === 'ja' ? m.nameJa : m.nameEn,
          level: levels.get(m.code),
          totals: totals.byMunicipality[m.code]!,
        })),
        sort.column,
        sort.desc,
      ),
    [totals, levels, lang, sort],
  );
  const n = (v: number) => formatNumber(lang, v);
  return (
    <Panel
      title={t('table.title')}
      id="municipalities"
      actions={
        <CsvButton
          filename="municipalities"
          build={() =>
            exportCsv(
              municipalityTable(rows, {
                municipality: t('table.municipality'),
                level: t('table.level'),
                levelText: (level) => t('level.short', { level }),
                none: t('level.none'),
                openShelters: t('totals.openShelters'),
                evacuees: t('totals.evacuees'),
                households: t('totals.households'),
                capacity: t('totals.capacity'),
                spare: t('totals.spare'),
              }),
            )
          }
          label={t('export.csv')}
          subject={t('table.title')}
          t={t}
          testId="municipality-csv"
        />
      }
    >
      <div className="table-wrap">
        <table className="data" data-testid="municipality-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.id}
                  scope="col"
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={
                    sort.column === c.id ? (sort.desc ? 'descending' : 'ascending') : 'none'
                  }
                >
                  <button
                    type="button"
                    className="sort"
                    aria-label={t('table.sort', { column: t(c.label) })}
                    onClick={() =>
                      setSort((s) => ({
                        column: c.id,
                        desc: s.column === c.id ? !s.desc : c.numeric,
                      }))
                    }
                  >
                    {t(c.label)}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} data-code={r.code}>
                <th scope="row">{r.name}</th>
                <td>
                  {r.level ? (
                    <span className={`level level-${r.level.level}`} title={r.level.label}>
                      {t('level.short', { level: r.level.level })}
                    </span>
                  ) : (
                    t('level.none')
                  )}
                </td>
                <td className="num">{n(r.totals.openShelters)}</td>
                <td className="num">{n(r.totals.evacuees)}</td>
                <td className="num">{n(r.totals.households)}</td>
                <td className="num">{n(r.totals.openCapacity)}</td>
                <td className="num">{n(r.totals.spareCapacity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
