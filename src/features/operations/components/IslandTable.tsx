import { formatNumber, type Lang } from '../../../i18n';
import { Panel } from '../../../ui/Panel';
import type { TFunction } from '../../../app/context';
import type { OperationsTotals } from '../model/aggregates';
import { ISLAND_GROUPS } from '../model/islands';
import { exportCsv } from '../../../domain/export-table';
import { CsvButton } from '../../../ui/export/CsvButton';
import { islandGroupTable } from '../model/tables';

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
  const n = (v: number) => formatNumber(lang, v);
  const rows = ISLAND_GROUPS.map((g) => ({
    id: g,
    label: t(`island.${g}`),
    v: totals.byIslandGroup[g],
  }));
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
                openShelters: t('totals.openShelters'),
                evacuees: t('totals.evacuees'),
                capacity: t('totals.capacity'),
                spare: t('totals.spare'),
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
        <table className="data" data-testid="island-table">
          <thead>
            <tr>
              <th scope="col">{t('islands.group')}</th>
              <th scope="col" className="num">
                {t('totals.openShelters')}
              </th>
              <th scope="col" className="num">
                {t('totals.evacuees')}
              </th>
              <th scope="col" className="num">
                {t('totals.capacity')}
              </th>
              <th scope="col" className="num">
                {t('totals.spare')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ id, label, v }) => (
              <tr key={id} data-group={id} className={v.spareLow ? 'row-warn' : undefined}>
                <th scope="row">
                  {label}
                  {v.spareLow ? <span className="flag">{t('islands.lowSpare')}</span> : null}
                </th>
                <td className="num">{n(v.openShelters)}</td>
                <td className="num">{n(v.evacuees)}</td>
                <td className="num">{n(v.openCapacity)}</td>
                <td className="num">{n(v.spareCapacity)}</td>
              </tr>
            ))}
            {totals.unplaced.openShelters > 0 || totals.unplaced.evacuees > 0 ? (
              <tr data-group="unplaced">
                <th scope="row">{t('island.unlocated')}</th>
                <td className="num">{n(totals.unplaced.openShelters)}</td>
                <td className="num">{n(totals.unplaced.evacuees)}</td>
                <td className="num">{n(totals.unplaced.openCapacity)}</td>
                <td className="num">{n(totals.unplaced.spareCapacity)}</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
