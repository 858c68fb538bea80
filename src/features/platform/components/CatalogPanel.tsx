import { useCallback } from 'react';
import { useServices } from '../../../services/context';
import { useUi } from '../../../state/hooks';
import { useT } from '../../../i18n/react';
import { formatJst, formatNumber } from '../../../i18n';
import { municipalityName } from '../../../i18n/municipality-name';
import type { MunicipalityCode } from '../../../domain/types';
import { useNow } from '../../../ui/hooks/use-now';
import { Panel } from '../../../ui/Panel';
import { useCatalog } from '../api/use-catalog';
import type { CatalogRow } from '../model/catalog';
import { catalogErrorText, percent, signed } from './opendata-text';
import { PanelStatus } from './PanelStatus';

/**
 * The open-data catalogue per municipality: datasets, the machine-readable share, the change
 * since the comparison date and the themes, with the 21 municipalities' sum, the prefecture's
 * own organization apart and the prefecture-wide total. Not available is said, never 0.
 */
export function CatalogPanel() {
  const { store } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const now = useNow(30_000);
  const { configured, query, round, rows, totals, since, pollMs } = useCatalog();
  const onSelect = useCallback((code: MunicipalityCode) => store.getState().setArea(code), [store]);
  const na = (r: CatalogRow) =>
    r.state === 'unmapped' ? (
      <span className="od-na" title={t('od.cat.unmapped.title')}>
        {t('od.cat.unmapped')}
      </span>
    ) : (
      <span className="od-na" title={t('od.cat.notInCatalog.title', { org: r.organization ?? '' })}>
        {t('od.cat.notInCatalog')}
      </span>
    );
  return (
    <Panel id="catalog" title={t('od.cat.title')}>
      {!configured ? (
        <p className="pf-warn" data-testid="od-cat-not-configured">
          {t('od.cat.notConfigured')}
        </p>
      ) : (
        <>
          <PanelStatus
            feed={t('od.cat.feed')}
            query={query}
            at={round?.at}
            errorText={query.error ? catalogErrorText(query.error, t) : undefined}
            now={now}
            pollMs={pollMs}
            lang={lang}
            t={t}
            testId="od-cat"
          />
          {round?.failures.map((f) => (
            <p key={f.part} className="pf-warn small" role="status" data-part={f.part}>
              {t(`od.cat.partFailed.${f.part}`, {
                message: f.error === undefined ? f.message : catalogErrorText(f.error, t),
              })}
            </p>
          ))}
          {!round || !rows || !totals ? (
            query.isPending ? (
              <p className="muted">{t('od.cat.loading')}</p>
            ) : null
          ) : (
            <>
              <div className="pf-table-wrap">
                <table className="pf-table od-table" data-testid="od-cat-table">
                  <caption>{t('od.cat.caption', { since: round.since ?? since })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('od.cat.col.municipality')}</th>
                      <th scope="col">{t('od.cat.col.datasets')}</th>
                      <th scope="col">{t('od.cat.col.share')}</th>
                      <th scope="col">{t('od.cat.col.change')}</th>
                      <th scope="col">{t('od.cat.col.themes')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr
                        key={r.code}
                        data-code={r.code}
                        data-state={r.state}
                        data-datasets={r.datasets ?? ''}
                        data-machine-readable={r.machineReadable ?? ''}
                        data-before={r.datasetsBefore ?? ''}
                      >
                        <th scope="row">
                          <button
                            type="button"
                            className="pf-pick"
                            onClick={() => onSelect(r.code)}
                          >
                            {municipalityName(r.code, lang)}
                          </button>
                        </th>
                        {r.state !== 'ok' ? (
                          <td colSpan={4}>{na(r)}</td>
                        ) : (
                          <>
                            <td className="num">{formatNumber(lang, r.datasets ?? 0)}</td>
                            <td className="num">
                              {r.share !== undefined
                                ? t('od.cat.shareValue', {
                                    pct: percent(r.share),
                                    n: formatNumber(lang, r.machineReadable ?? 0),
                                  })
                                : r.machineReadable === undefined
                                  ? t('od.nb.na')
                                  : '—'}
                            </td>
                            <td className="num">
                              {r.datasetsBefore === undefined
                                ? t('od.nb.na')
                                : signed(lang, (r.datasets ?? 0) - r.datasetsBefore)}
                            </td>
                            <td className="num">
                              {r.themes === undefined
                                ? t('od.nb.na')
                                : formatNumber(lang, r.themes.length)}
                            </td>
                          </>
                        )}
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr data-testid="od-cat-sum" data-datasets={totals.municipalDatasets}>
                      <th scope="row">{t('od.cat.sum')}</th>
                      <td className="num">{formatNumber(lang, totals.municipalDatasets)}</td>
                      <td colSpan={3} />
                    </tr>
                    {totals.prefectureDatasets !== undefined ? (
                      <tr data-testid="od-cat-prefecture" data-datasets={totals.prefectureDatasets}>
                        <th scope="row">{t('od.cat.prefecture')}</th>
                        <td className="num">{formatNumber(lang, totals.prefectureDatasets)}</td>
                        <td colSpan={3} />
                      </tr>
                    ) : null}
                    <tr data-testid="od-cat-total" data-datasets={totals.datasets}>
                      <th scope="row">{t('od.cat.total')}</th>
                      <td className="num">{formatNumber(lang, totals.datasets)}</td>
                      <td className="num">
                        {totals.machineReadableShare !== undefined
                          ? `${percent(totals.machineReadableShare)}%`
                          : t('od.nb.na')}
                      </td>
                      <td className="num">
                        {totals.datasetsBefore !== undefined
                          ? signed(lang, totals.datasets - totals.datasetsBefore)
                          : t('od.nb.na')}
                      </td>
                      <td />
                    </tr>
                  </tfoot>
                </table>
              </div>
              <p className="muted small">{t('od.cat.pick')}</p>
              {totals.unmappedOrganizations.length > 0 ? (
                <p className="muted small" data-testid="od-cat-unmapped">
                  {t('od.cat.orgsUnmapped', { orgs: totals.unmappedOrganizations.join(', ') })}
                </p>
              ) : null}
              {round.newest ? (
                <p className="small" data-testid="od-cat-newest">
                  {t('od.cat.newest', {
                    title: round.newest.title ?? round.newest.name,
                    org:
                      round.orgTitles[round.newest.organization ?? ''] ??
                      round.newest.organization ??
                      '',
                    time:
                      round.newest.modifiedAt !== undefined
                        ? formatJst(lang, round.newest.modifiedAt)
                        : '—',
                  })}
                </p>
              ) : null}
              {round.formats.length > 0 ? (
                <p className="muted small">
                  {t('od.cat.formats', {
                    list: round.formats
                      .map((f) => `${f.name} ${formatNumber(lang, f.count)}`)
                      .join(', '),
                  })}
                </p>
              ) : null}
              <p className="muted small">{t('od.cat.mrRule')}</p>
            </>
          )}
        </>
      )}
    </Panel>
  );
}
