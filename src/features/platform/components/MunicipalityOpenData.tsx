import { useMemo } from 'react';
import { useUi } from '../../../state/hooks';
import { useT } from '../../../i18n/react';
import { Phrased } from '../../../ui/Phrased';
import { formatJst, formatNumber, type Lang, type TFunction } from '../../../i18n';
import { municipalityName } from '../../../i18n/municipality-name';
import { normalizeMunicipalityCode } from '../../../domain/municipalities';
import { useCatalog, useOrganizationListing } from '../api/use-catalog';
import { usePlatformKpis } from '../api/use-platform-kpis';
import { usePlatformServices } from '../api/use-platform-services';
import { neighboursOf, type Metric } from '../model/neighbours';
import { catalogErrorText, percent } from './opendata-text';
import { joinList, typeLabel } from './labels';

const metricText = (metric: Metric, v: number | undefined, lang: Lang, t: TFunction) =>
  v === undefined
    ? t('od.nb.na')
    : metric === 'machineReadableShare'
      ? `${percent(v)}%`
      : formatNumber(lang, Math.round(v * 10) / 10);

/**
 * One municipality's open data for its briefing and the platform view's detail: its datasets
 * (listed in full on the platform view), and its open datasets, machine-readable share,
 * services and platform types beside the median of similar municipalities and of all 21, with
 * one sentence on what most others publish that it does not yet.
 */
export function MunicipalityOpenData({
  code,
  listing = false,
}: {
  code: string;
  listing?: boolean;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const normalized = normalizeMunicipalityCode(code);
  const catalog = useCatalog();
  const { matrix } = usePlatformKpis();
  const { summary } = usePlatformServices();
  const row = catalog.rows?.find((r) => r.code === normalized);
  const organization = row?.state === 'ok' ? row.organization : undefined;
  const list = useOrganizationListing(listing ? organization : undefined);
  const neighbours = useMemo(
    () =>
      normalized === undefined
        ? undefined
        : neighboursOf(normalized, {
            ...(catalog.rows && { catalog: catalog.rows }),
            ...(matrix && { platform: matrix.rows }),
            ...(summary && { services: summary }),
          }),
    [normalized, catalog.rows, matrix, summary],
  );
  if (normalized === undefined || !neighbours) return null;
  const name = municipalityName(normalized, lang);
  const themeName = (theme: string) =>
    catalog.round?.themes.find((x) => x.name === theme)?.displayName ?? theme;
  const missing = [
    ...neighbours.missingThemes.map((x) => t('od.nb.theme', { name: themeName(x) })),
    ...neighbours.missingTypes.map((x) => t('od.nb.type', { name: typeLabel(x, t) })),
  ];
  const anyKnown = catalog.rows !== undefined || matrix !== undefined || summary !== undefined;
  return (
    <section className="pf-block od-block" data-testid="od-block" data-code={normalized}>
      <h3>{t('od.nb.title', { name })}</h3>
      {catalog.query.error ? (
        <p className="pf-error small" role="status">
          {catalogErrorText(catalog.query.error, t)}
        </p>
      ) : null}
      {anyKnown ? (
        <>
          <table className="pf-table od-nb" data-testid="od-nb">
            <thead>
              <tr>
                <th scope="col">
                  <Phrased text={t('od.nb.col.metric')} lang={lang} />
                </th>
                <th scope="col">{t('od.nb.col.value', { name })}</th>
                <th scope="col">
                  <Phrased
                    text={t('od.nb.col.peers', { group: t(`od.nb.group.${neighbours.group}`) })}
                    lang={lang}
                  />
                </th>
                <th scope="col">
                  <Phrased text={t('od.nb.col.prefecture')} lang={lang} />
                </th>
              </tr>
            </thead>
            <tbody>
              {neighbours.rows.map((r) => (
                <tr
                  key={r.metric}
                  data-metric={r.metric}
                  data-value={r.value ?? ''}
                  data-peer-median={r.peerMedian ?? ''}
                  data-prefecture-median={r.prefectureMedian ?? ''}
                >
                  <th scope="row">
                    <Phrased text={t(`od.nb.metric.${r.metric}`)} lang={lang} />
                  </th>
                  <td className="num">{metricText(r.metric, r.value, lang, t)}</td>
                  <td className="num">{metricText(r.metric, r.peerMedian, lang, t)}</td>
                  <td className="num">{metricText(r.metric, r.prefectureMedian, lang, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small od-peers">
            {t('od.nb.medians')}{' '}
            {t('od.nb.peers', {
              group: t(`od.nb.group.${neighbours.group}`),
              list: joinList(
                neighbours.peers.map((c) => municipalityName(c, lang)),
                t,
              ),
            })}
          </p>
          <p className="pf-sentence" data-testid="od-nb-missing">
            {missing.length > 0
              ? t('od.nb.missing', { name, list: joinList(missing, t) })
              : t('od.nb.missingNone', { name })}
          </p>
        </>
      ) : (
        <p className="muted">{t('od.cat.loading')}</p>
      )}
      {listing && organization !== undefined ? (
        list.data ? (
          <div className="pf-table-wrap">
            <table className="pf-table" data-testid="od-listing" data-count={list.data.count}>
              <caption>
                {t('od.list.title', { name, n: formatNumber(lang, list.data.datasets.length) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('od.list.col.title')}</th>
                  <th scope="col">{t('od.list.col.formats')}</th>
                  <th scope="col">{t('od.list.col.modified')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.datasets.map((d) => (
                  <tr key={d.name} data-name={d.name}>
                    <th scope="row">{d.title ?? d.name}</th>
                    <td>{[...new Set(d.formats)].join(', ')}</td>
                    <td className="num">
                      {d.modifiedAt !== undefined ? formatJst(lang, d.modifiedAt) : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {!list.data.complete ? (
              <p className="pf-warn small">
                {t('od.list.incomplete', {
                  n: formatNumber(lang, list.data.datasets.length),
                  count: formatNumber(lang, list.data.count),
                })}
              </p>
            ) : null}
            {list.data.skipped > 0 ? (
              <p className="pf-warn small">
                {t('od.list.skipped', { n: formatNumber(lang, list.data.skipped) })}
              </p>
            ) : null}
          </div>
        ) : list.error ? (
          <p className="pf-error small">{catalogErrorText(list.error, t)}</p>
        ) : (
          <p className="muted">{t('od.list.loading')}</p>
        )
      ) : null}
    </section>
  );
}
