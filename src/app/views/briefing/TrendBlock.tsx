import { lazy, Suspense } from 'react';
import { formatJst, formatJstMinute, formatNumber, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import type { DisasterEvent } from '../../../domain/live';
import type { OpsBriefing } from './model/ops-briefing';
import { BriefBlock } from './BriefBlock';

// Recharts comes in its own chunk, as for the operations view's trend chart.
const TrendChart = lazy(() => import('./TrendChart').then((m) => ({ default: m.TrendChart })));

/** Evacuees per hour since the event began (or over the window), as a chart and a table. */
export function TrendBlock(props: {
  b: OpsBriefing;
  event: DisasterEvent | undefined;
  asOf: string;
  lang: Lang;
  t: TFunction;
}) {
  const { b, event, asOf, lang, t } = props;
  const start = b.eventStart === null ? '' : formatJst(lang, b.eventStart);
  const subtitle =
    event && b.eventStart !== null && !b.trendStartsAfterEvent
      ? t('brief.trend.sinceEvent', { name: event.name, start })
      : t('brief.trend.window');
  const hasData = b.trend.some((p) => p.evacuees !== null);
  return (
    <BriefBlock
      id="trend"
      title={t('brief.trend.titleWith', { title: t('brief.trend.title'), sub: subtitle })}
      asOf={asOf}
    >
      {b.trendStartsAfterEvent ? (
        <p className="muted">{t('brief.trend.beforeWindow', { start })}</p>
      ) : null}
      {hasData ? (
        <>
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
            <TrendChart points={b.trend} lang={lang} t={t} />
          </Suspense>
          <details className="chart-table">
            <summary>{t('brief.trend.table')}</summary>
            <table className="data compact" data-testid="brief-trend-table">
              <caption className="sr-only">{t('brief.trend.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('brief.trend.hour')}</th>
                  <th scope="col" className="num">
                    {t('brief.trend.evacuees')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {b.trend.map((p) => (
                  <tr key={p.t}>
                    <th scope="row">{formatJstMinute(lang, p.t)}</th>
                    <td className="num">
                      {p.evacuees === null ? '—' : formatNumber(lang, p.evacuees)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      ) : (
        <p className="muted">{t('brief.trend.empty')}</p>
      )}
    </BriefBlock>
  );
}
