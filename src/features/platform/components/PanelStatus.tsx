import type { ReactNode } from 'react';
import { formatAge, formatJst, type Lang, type TFunction } from '../../../i18n';
import { FreshnessBadge } from '../../../ui/FreshnessBadge';

/**
 * A platform panel's status: the feed's freshness, the as-of time of what is shown, and a failed
 * poll in words — with "last good, this old" when figures from an earlier poll stay on screen.
 */
export function PanelStatus(props: {
  feed: string;
  query: { dataUpdatedAt: number; error: unknown };
  /** The as-of time of what is shown; undefined before the first answer. */
  at: number | undefined;
  errorText: string | undefined;
  now: number;
  pollMs: number;
  lang: Lang;
  t: TFunction;
  /** data-testid prefix: `<prefix>-as-of`, `<prefix>-error`. */
  testId: string;
  /** After the error text (e.g. a link to the connection check). */
  extra?: ReactNode;
}) {
  const { feed, query, at, errorText, now, pollMs, lang, t, testId, extra } = props;
  return (
    <>
      <div className="pf-status">
        <FreshnessBadge
          name={feed}
          updatedAt={query.dataUpdatedAt}
          now={now}
          pollMs={pollMs}
          lang={lang}
          t={t}
        />
        {at !== undefined ? (
          <span className="muted" data-testid={`${testId}-as-of`} data-at={at}>
            {t('pf.asOf', { time: formatJst(lang, at) })}
          </span>
        ) : null}
      </div>
      {query.error && errorText !== undefined ? (
        <p className="pf-error" role="status" data-testid={`${testId}-error`}>
          {errorText}
          {at !== undefined
            ? ` — ${t('feed.stale', { age: formatAge(lang, Math.max(0, now - query.dataUpdatedAt)) })}`
            : null}
          {extra ? <> {extra}</> : null}
        </p>
      ) : null}
    </>
  );
}
