import type { FeedReport } from '../api/entities/feed-report';
import { formatAge, formatJst, formatNumber, type Lang } from '../i18n';
import type { TFunction } from '../app/context';

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
}

/** One feed's health: as-of time, what validation skipped and why, and any failure. */
export function FeedStatus({ name, lang, t, updatedAt, now, report, error }: FeedStatusProps) {
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
        <div className="feed-line error" role="status" data-testid="feed-error">
          {error}
          {updatedAt > 0
            ? ` — ${t('feed.stale', { age: formatAge(lang, now - updatedAt) })}`
            : null}
        </div>
      ) : null}
      {report ? (
        report.skipped === 0 ? (
          <div className="feed-line ok">
            {t('feed.ok')} ({formatNumber(lang, report.accepted)})
          </div>
        ) : (
          <details className="feed-line warn">
            <summary data-testid="feed-skipped">
              {t('feed.skipped', { n: formatNumber(lang, report.skipped) })}
            </summary>
            <div className="muted">{t('feed.skipped.title')}</div>
            <ul>
              {reasons.map(([reason, count]) => (
                <li key={reason}>
                  {reason}: {formatNumber(lang, count)}{' '}
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
        <div className="feed-line muted">
          {t('feed.duplicates', { n: formatNumber(lang, report.duplicateIds) })}
        </div>
      ) : null}
      {warnings.length ? (
        <ul className="feed-line muted">
          {warnings.map(([w, c]) => (
            <li key={w}>
              {w}: {formatNumber(lang, c)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
