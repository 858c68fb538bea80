import type { TFunction } from '../../../i18n';
import { formatAge, formatNumber, type Lang } from '../../../i18n';
import { Panel } from '../../../ui/Panel';
import { daysSettled, type DaysState } from '../api/combine';
import type { DataQuality } from '../model/quality';
import type { Period } from '../model/period';

/**
 * Everything the numbers on screen leave out and why: loading progress, days with no data,
 * unknown codes (listed), suppressed counts, records not counted twice, invalid records.
 */
export function DataNotes({
  state,
  quality,
  period,
  now,
  lang,
  t,
}: {
  state: DaysState;
  quality: DataQuality;
  period: Period;
  now: number;
  lang: Lang;
  t: TFunction;
}) {
  const n = (v: number) => formatNumber(lang, v);
  const unknown = Object.entries(state.unknownCodes).sort((a, b) => b[1] - a[1]);
  const unknownTotal = unknown.reduce((s, [, c]) => s + c, 0);
  const skipped = state.reports.presence.skipped + state.reports.flows.skipped - unknownTotal;
  const doubles =
    state.notDoubleCounted.presence +
    state.notDoubleCounted.flows +
    state.reports.presence.duplicateIds +
    state.reports.flows.duplicateIds;
  const done = daysSettled(state);
  const lines: Array<[string, string]> = [];
  if (!done)
    lines.push(['loading', t('notes.loading', { done: state.loaded, total: state.total })]);
  if (done && !quality.anyData && state.failedDays === 0)
    lines.push(['no-data', t('notes.noData', { from: period.from, to: period.to })]);
  else if (quality.emptyDays.length > 0)
    lines.push(['no-data-days', t('notes.noDataDays', { n: quality.emptyDays.length })]);
  if (state.failedDays > 0) lines.push(['failed', t('notes.failed', { n: state.failedDays })]);
  if (state.staleDays > 0 && state.updatedAt !== undefined)
    lines.push([
      'stale',
      t('notes.stale', { n: state.staleDays, age: formatAge(lang, now - state.updatedAt) }),
    ]);
  const suppressed = quality.suppressedCells + quality.suppressedFlows;
  if (suppressed > 0) lines.push(['suppressed', t('notes.suppressed', { n: n(suppressed) })]);
  if (doubles > 0)
    lines.push(['not-double-counted', t('notes.notDoubleCounted', { n: n(doubles) })]);
  if (skipped > 0) lines.push(['skipped', t('notes.skipped', { n: n(skipped) })]);
  if (state.truncated) lines.push(['truncated', t('notes.truncated')]);
  if (state.normalizedFallback) lines.push(['normalized-fallback', t('notes.normalizedFallback')]);
  return (
    <Panel title={t('notes.title')} id="tourism-notes">
      <ul className="notes" data-testid="tourism-notes">
        {lines.map(([key, text]) => (
          <li key={key} data-note={key}>
            {text}
          </li>
        ))}
        {unknownTotal > 0 ? (
          <li data-note="unknown-codes">
            {t('notes.unknownCodes', { n: n(unknownTotal) })}{' '}
            <span className="codes">
              {unknown.map(([code, count]) => `${code} (${n(count)})`).join(', ')}
            </span>
          </li>
        ) : null}
        {lines.length === 0 && unknownTotal === 0 ? <li data-note="ok">{t('notes.ok')}</li> : null}
      </ul>
    </Panel>
  );
}
