import type { TFunction } from '../../../i18n';
import type { Lang } from '../../../i18n';
import { Panel } from '../../../ui/Panel';
import { TOURISM_ISLANDS, type IslandShare } from '../model/islands';
import { shareOf } from '../model/total';
import { formatPercent, formatTotal } from './format';
import { exportCsv } from '../../../domain/export-table';
import { CsvButton } from '../../../ui/export/CsvButton';
import { islandTable } from '../model/tables';
import type { TourismExportMeta } from './export-meta';

/** Visitor-hours on each island against the whole prefecture, as a table with bars. */
export function IslandSharePanel({
  share,
  meta,
  lang,
  t,
}: {
  share: IslandShare;
  meta: TourismExportMeta;
  lang: Lang;
  t: TFunction;
}) {
  const rows = TOURISM_ISLANDS.map((island) => {
    const total = share.byIsland[island];
    return { island, total, share: shareOf(total.value, share.all.value) };
  });
  // Bars relative to the largest island, so the small ones stay visible.
  const top = Math.max(...rows.map((r) => r.share ?? 0));
  return (
    <Panel
      title={t('tisland.title')}
      id="tourism-islands"
      actions={
        <CsvButton
          filename={meta.stem('island-share')}
          build={() =>
            exportCsv(
              islandTable(share, {
                island: t('export.island.island'),
                personHours: t('export.origin.personHours'),
                share: t('export.col.sharePercent'),
                all: t('tisland.all'),
                name: (i) => t(`tisland.${i}`),
              }),
            )
          }
          label={t('export.csv')}
          subject={t('tisland.title')}
          t={t}
          testId="island-share-csv"
        />
      }
    >
      <p className="big" data-testid="island-share">
        {t('tisland.share', { n: formatPercent(share.share, lang, t) })}
      </p>
      <table className="table" data-testid="island-share-table">
        <thead>
          <tr>
            <th scope="col">{t('export.island.island')}</th>
            <th scope="col">{t('export.origin.personHours')}</th>
            <th scope="col">{t('origin.share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.island}>
              <th scope="row">{t(`tisland.${r.island}`)}</th>
              <td className="num">{formatTotal(r.total, lang, t)}</td>
              <td className="bar-cell">
                <span
                  className="bar"
                  style={{ width: `${top > 0 ? ((r.share ?? 0) / top) * 70 : 0}%` }}
                />
                {formatPercent(r.share, lang, t)}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('tisland.all')}</th>
            <td className="num">{formatTotal(share.islands, lang, t)}</td>
            <td>{formatPercent(share.share, lang, t)}</td>
          </tr>
        </tbody>
      </table>
    </Panel>
  );
}
