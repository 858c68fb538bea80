/**
 * The plain sentences a briefing leads with, e.g. 「避難所12か所開設、避難者340人（1時間前から+45人）」.
 * Numbers as the reader's language writes them; a change always carries its sign.
 */
import { formatNumber, type Lang } from '../../../../i18n';
import type { TFunction } from '../../../../i18n';
import type { OpsBriefing } from './ops-briefing';

export function signed(lang: Lang, n: number): string {
  if (n === 0) return '±0';
  return `${n > 0 ? '+' : '−'}${formatNumber(lang, Math.abs(n))}`;
}

export function opsHeadline(b: OpsBriefing, lang: Lang, t: TFunction): string {
  const { openShelters, evacuees } = b.totals;
  if (openShelters === 0 && evacuees === 0 && (b.evacueesHourAgo ?? 0) === 0)
    return t('brief.ops.quiet');
  const head = t('brief.ops.headline', {
    open: formatNumber(lang, openShelters),
    evacuees: formatNumber(lang, evacuees),
  });
  return (
    head +
    (b.change === null
      ? t('brief.ops.noChange')
      : t('brief.ops.change', { delta: signed(lang, b.change) }))
  );
}

/** The sentences under the headline, only those that have something to say. */
export function opsDetails(b: OpsBriefing, lang: Lang, t: TFunction): string[] {
  const n = (v: number) => formatNumber(lang, v);
  const { households, openShelters, spareCapacity, openCapacity, unknownCapacity } = b.totals;
  const { reportedFull, fullBand } = b.totals;
  const out: string[] = [];
  if (households > 0) out.push(t('brief.ops.households', { n: n(households) }));
  if (openShelters > 0)
    out.push(t('brief.ops.spare', { spare: n(spareCapacity), capacity: n(openCapacity) }));
  if (reportedFull > 0 || fullBand > 0)
    out.push(
      t('brief.ops.full', {
        reported: n(reportedFull),
        band: n(fullBand),
        pct: b.fullBandPercent ?? '—',
      }),
    );
  if (unknownCapacity > 0) out.push(t('brief.ops.unknownCapacity', { n: n(unknownCapacity) }));
  return out;
}
