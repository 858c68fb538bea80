import { formatNumber, type Lang } from '../../../i18n';
import { Panel } from '../../../ui/Panel';
import type { TFunction } from '../../../i18n';
import type { AreaTotals, OperationsTotals } from '../model/aggregates';
import { ISLAND_GROUPS } from '../model/islands';
import { exportCsv } from '../../../domain/export-table';
import { CsvButton } from '../../../ui/export/CsvButton';
import { areaWords, islandGroupTable } from '../model/tables';
import { areaHeads, type AreaHead } from './area-heads';
import './operations.css';

function Row(props: {
  id: string;
  label: string;
  v: AreaTotals;
  heads: readonly AreaHead[];
  lang: Lang;
  flag?: string;
}) {
  const { id, label, v, heads, lang, flag } = props;
  return (
    <tr data-group={id} className={flag ? 'row-warn' : undefined}>
      <th scope="row" className="name">
        {label}
        {flag ? <span className="flag">{flag}</span> : null}
      </th>
      {heads.map((h) => (
        <td key={h.id} className="num">
          {formatNumber(lang, v[h.field])}
        </td>
      ))}
    </tr>
  );
}

/** Islands cannot send people to mainland shelters in a storm: each group's room on its own. */
export function IslandTable({
  totals,
  lang,
  t,
}: {
  totals: OperationsTotals;
  lang: Lang;
  t: TFunction;
}) {
  const heads = areaHeads(t, totals.fullBandPercent, false);
  const word = (id: string) => heads.find((h) => h.id === id)!.long;
  const u = totals.unplaced;
  return (
    <Panel
      title={t('islands.title')}
      id="islands"
      actions={
        <CsvButton
          filename="island-groups"
          build={() =>
            exportCsv(
              islandGroupTable(totals, {
                group: t('islands.group'),
                name: (g) => (g === 'unplaced' ? t('island.unlocated') : t(`island.${g}`)),
                lowSpare: t('islands.lowSpare'),
                ...areaWords(word),
              }),
            )
          }
          label={t('export.csv')}
          subject={t('islands.title')}
          t={t}
          testId="island-csv"
        />
      }
    >
      <div className="table-wrap">
        <table className="data ops-table" data-testid="island-table">
          <thead>
            <tr>
              <th scope="col" className="name">
                {t('islands.group')}
              </th>
              {heads.map((h) => (
                <th key={h.id} scope="col" className="num" title={h.long}>
                  <abbr title={h.long}>{h.short}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ISLAND_GROUPS.map((g) => {
              const v = totals.byIslandGroup[g];
              return (
                <Row
                  key={g}
                  id={g}
                  label={t(`island.${g}`)}
                  v={v}
                  heads={heads}
                  lang={lang}
                  {...(v.spareLow && { flag: t('islands.lowSpare') })}
                />
              );
            })}
            {u.openShelters > 0 || u.evacuees > 0 ? (
              <Row id="unplaced" label={t('island.unlocated')} v={u} heads={heads} lang={lang} />
            ) : null}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
