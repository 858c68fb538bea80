import type { FeedReport } from '../api/entities/feed-report';
import { formatAge, formatJst, formatNumber, type Lang } from '../i18n';
import type { TFunction } from '../i18n';
import { noteClass } from '../domain/note-severity';
import { noteText } from './note-text';
import { CheckLink } from './CheckLink';

export interface FeedStatusProps {
  name: string;
  lang: Lang;
  t: TFunction;
  /** Epoch ms of the last good data, 0 when none yet. */
  updatedAt: number;
  now: number;
  report?: FeedReport;
  /** Message of the latest failure while older data is still on screen. */
  error?: string;
  /** What to check, for whoever deploys it (explainError), under the failure. */
  fix?: string | undefined;
  /** Opens the connection check, linked from every failure. */
  onCheck?: () => void;
}

/**
 * One feed's health: as-of time, what validation skipped and why, and any failure. Reasons
 * and warnings are worded in the reader's language (note-text.ts), quoting the values
 * received; a failure is an alarm, the rest information (src/domain/note-severity.ts).
 */
export function FeedStatus({
  name,
  lang,
  t,
  updatedAt,
  now,
  report,
  error,
  fix,
  onCheck,
}: FeedStatusProps) {
  const reasons = report ? Object.entries(report.skipReasons).sort((a, b) => b[1] - a[1]) : [];
  const warnings = report ? Object.entries(report.warnings) : [];
  return (
    <div
      className={`feed-status${error ? ' feed-error' : ''}`}
      data-testid="feed-status"
      data-feed={name}
      data-updated-at={updatedAt}
      data-state={error ? 'failed' : updatedAt > 0 ? 'ok' : 'waiting'}
    >
      <div className="feed-line">
        <strong>{name}</strong>{' '}
        {updatedAt > 0 ? (
          <span className="muted">{t('feed.asOf', { time: formatJst(lang, updatedAt) })}</span>
        ) : null}
      </div>
      {error ? (
        <div
          className={`feed-line error ${noteClass('feedFailed')}`}
          role="status"
          data-testid="feed-error"
        >
          {error}
          {updatedAt > 0
            ? ` — ${t('feed.stale', { age: formatAge(lang, now - updatedAt) })}`
            : null}
        </div>
      ) : null}
      {error && fix ? (
        <div className="feed-line muted small" data-testid="feed-fix">
          {fix}
        </div>
      ) : null}
      {error && onCheck ? <CheckLink onCheck={onCheck} t={t} /> : null}
      {report ? (
        report.skipped === 0 ? (
          <div className="feed-line ok">
            {t('feed.ok')} ({formatNumber(lang, report.accepted)})
          </div>
        ) : (
          <details className={`feed-line ${noteClass('feedSkipped')}`}>
            <summary data-testid="feed-skipped">
              {t('feed.skipped', { n: formatNumber(lang, report.skipped) })}
            </summary>
            <div className="muted">{t('feed.skipped.title')}</div>
            <ul>
              {reasons.map(([reason, count]) => (
                <li key={reason}>
                  {noteText(reason, report.values[reason], t, 'skipped')}:{' '}
                  {formatNumber(lang, count)}{' '}
                  {report.examples[reason]?.length ? (
                    <code>{report.examples[reason]?.join(', ')}</code>
                  ) : null}
                </li>
              ))}
            </ul>
          </details>
        )
      ) : null}
      {report && report.duplicateIds > 0 ? (
        <div className={`feed-line muted ${noteClass('feedDuplicateIds')}`}>
          {t('feed.duplicates', { n: formatNumber(lang, report.duplicateIds) })}
        </div>
      ) : null}
      {warnings.length ? (
        <ul className={`feed-line muted ${noteClass('feedWarning')}`} data-testid="feed-warnings">
          {warnings.map(([w, c]) => (
            <li key={w}>
              {noteText(w, report?.values[w], t, 'ignored')}: {formatNumber(lang, c)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
