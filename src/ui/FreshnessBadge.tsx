import { formatAge, formatJst, type Lang } from '../i18n';
import type { TFunction } from '../i18n';
import { freshnessOf } from './freshness';

/** A feed's as-of time and age; amber past 2× its poll interval, red past 5×. */
export function FreshnessBadge(props: {
  name: string;
  updatedAt: number;
  now: number;
  pollMs: number;
  lang: Lang;
  t: TFunction;
}) {
  const { name, updatedAt, now, pollMs, lang, t } = props;
  const state = freshnessOf(updatedAt, now, pollMs);
  return (
    <span
      className={`fresh fresh-${state}`}
      data-testid="freshness"
      data-feed={name}
      data-state={state}
      title={updatedAt ? formatJst(lang, updatedAt) : undefined}
    >
      <span className="fresh-dot" aria-hidden="true" />
      {name}:{' '}
      {updatedAt
        ? t('fresh.age', { age: formatAge(lang, Math.max(0, now - updatedAt)) })
        : t('fresh.none')}
    </span>
  );
}
