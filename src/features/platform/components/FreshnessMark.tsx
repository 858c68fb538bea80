import { formatJst, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import type { CellFreshness } from '../model/cadence';
import type { KpiCell } from '../model/matrix';
import { ageText, FRESHNESS_KEYS } from './labels';

/**
 * The verdict's mark: a shape per verdict as well as a colour (circle fresh, diamond ageing,
 * triangle stale, ring not judged, dashed ring time unknown), so it never rests on colour alone.
 */
export function FreshnessIcon({ freshness }: { freshness: CellFreshness }) {
  const shape =
    freshness === 'aging' ? (
      <path d="M5 0.5 9.5 5 5 9.5 0.5 5Z" />
    ) : freshness === 'stale' ? (
      <path d="M5 0.5 9.7 9.2H0.3Z" />
    ) : (
      <circle cx="5" cy="5" r="4" />
    );
  return (
    <svg
      className={`pf-icon pf-icon-${freshness}`}
      viewBox="0 0 10 10"
      width="10"
      height="10"
      aria-hidden="true"
      focusable="false"
    >
      {shape}
    </svg>
  );
}

/**
 * A cell's newest-record age with its verdict, drawn the same wherever a verdict is shown (the
 * platform table and the briefing's block): mark, colour, age, and the verdict in words. `full`
 * adds the time and shows the words; in the table the words are read out but not drawn (the
 * key under the table names each mark).
 */
export function FreshnessMark({
  cell,
  at,
  lang,
  t,
  full = false,
}: {
  cell: KpiCell;
  at: number;
  lang: Lang;
  t: TFunction;
  full?: boolean;
}) {
  const age = ageText(cell, at, lang, t);
  if (!age) return null;
  const verdict = t(FRESHNESS_KEYS[cell.freshness]);
  const time = cell.newestAt !== undefined ? formatJst(lang, cell.newestAt) : undefined;
  return (
    <span
      className={`pf-age pf-fresh-${cell.freshness}`}
      data-testid="pf-freshness"
      data-freshness={cell.freshness}
      title={time ? `${t('pf.cell.newest', { time })} — ${verdict}` : verdict}
    >
      <span className="pf-age-part">
        <FreshnessIcon freshness={cell.freshness} />
        {age}
      </span>
      {full && time ? <span className="pf-age-part">{` (${time})`}</span> : null}{' '}
      <span className={full ? 'pf-age-part' : 'sr-only'}>— {verdict}</span>
    </span>
  );
}
