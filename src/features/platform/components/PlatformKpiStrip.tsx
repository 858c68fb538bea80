import { useServices } from '../../../services/context';
import { useUi } from '../../../state/hooks';
import { useT } from '../../../i18n/react';
import { formatAge, formatJst, formatNumber, type Lang, type TFunction } from '../../../i18n';
import { useNow } from '../../../ui/hooks/use-now';
import { usePlatformKpis } from '../api/use-platform-kpis';
import { useCatalog } from '../api/use-catalog';
import { usePlatformServices } from '../api/use-platform-services';
import { platformKpis, type Kpi } from '../model/kpis';
import { signed } from './opendata-text';
import { SinceInput } from './SinceInput';

interface SourceState {
  at?: number;
  /** The last attempt failed: the figure shown is the last good one (or none). */
  failedAt?: number;
  notConfigured?: boolean;
}

function valueText(k: Kpi, lang: Lang, t: TFunction, source: SourceState): string {
  if (k.value === undefined)
    return source.notConfigured ? t('od.kpi.notConfigured') : t('od.kpi.na');
  const v = formatNumber(lang, k.value);
  const shown = k.atLeast ? t('od.kpi.atLeast', { value: v }) : v;
  return k.of === undefined
    ? shown
    : t('od.kpi.of', { value: shown, of: formatNumber(lang, k.of) });
}

/**
 * The prefecture's four KPIs for its platform at the top of the platform screen: each with its
 * definition, its source, its as-of time and its change since the comparison date where the
 * source has history. A source that does not answer leaves its KPIs "not available" (never 0)
 * and the others as they are; a failed poll keeps the last good figure with its age.
 */
export function PlatformKpiStrip() {
  const { store } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const now = useNow(30_000);
  const { query: kpiQuery, matrix } = usePlatformKpis();
  const catalog = useCatalog();
  const services = usePlatformServices();
  const kpis = platformKpis({
    ...(catalog.totals && { catalog: catalog.totals }),
    ...(matrix && { broker: matrix.totals }),
    ...(services.summary && { services: services.summary }),
  });
  const failed = (q: { error: unknown; errorUpdatedAt: number }) =>
    q.error ? { failedAt: q.errorUpdatedAt } : {};
  const catalogue: SourceState = {
    ...(catalog.round && { at: catalog.round.at }),
    ...failed(catalog.query),
    notConfigured: !catalog.configured,
  };
  const sources: Record<Kpi['id'], SourceState> = {
    municipalities: catalogue,
    datasets: catalogue,
    platform: { ...(kpiQuery.data && { at: kpiQuery.data.at }), ...failed(kpiQuery) },
    services: {
      ...(services.query.data && { at: services.query.dataUpdatedAt }),
      ...failed(services.query),
    },
  };
  const since = catalog.round?.since ?? catalog.since;
  return (
    <section
      className="panel od-kpis"
      aria-labelledby="od-kpis-title"
      data-panel="platform-kpi-strip"
    >
      <header className="panel-head">
        <h2 id="od-kpis-title">{t('od.kpi.title')}</h2>
      </header>
      <SinceInput
        key={catalog.since}
        value={catalog.since}
        onChange={(d) => store.getState().setSince(d)}
        t={t}
      />
      <ul className="od-kpi-list">
        {kpis.map((k) => {
          const src = sources[k.id];
          const change =
            k.value === undefined
              ? undefined
              : k.before === undefined
                ? k.source === 'broker' && k.id === 'platform'
                  ? t('od.kpi.noHistory')
                  : undefined
                : k.value === k.before
                  ? t('od.kpi.noChange', { since })
                  : t('od.kpi.change', { since, change: signed(lang, k.value - k.before) });
          return (
            <li
              key={k.id}
              className="od-kpi"
              data-kpi={k.id}
              data-value={k.value ?? ''}
              data-before={k.before ?? ''}
            >
              <h3>{t(`od.kpi.${k.id}`)}</h3>
              <p
                className={`od-kpi-value${k.value === undefined ? ' od-na' : ''}`}
                data-testid={`od-kpi-${k.id}`}
              >
                {valueText(k, lang, t, src)}
              </p>
              {change ? (
                <p className={k.before === undefined ? 'muted small' : 'od-kpi-change'}>{change}</p>
              ) : null}
              <p className="muted small">{t(`od.kpi.${k.id}.def`)}</p>
              <p className="muted small">
                {t(`od.kpi.source.${k.source}`)}
                {src.at !== undefined
                  ? ` · ${t('od.kpi.asOf', { time: formatJst(lang, src.at) })}`
                  : null}
              </p>
              {src.failedAt !== undefined && src.at !== undefined ? (
                <p className="pf-warn small" role="status">
                  {t('feed.stale', { age: formatAge(lang, Math.max(0, now - src.at)) })}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
