/**
 * Axis geometry for the line charts, computed rather than guessed: the Y axis is as wide as
 * its longest formatted tick at the font the chart is drawn in, so "1,200" is never cut to
 * "200" on a 4K wall where the type is twice as large (a constant width cannot be right at
 * every type scale).
 */

/** Whole-number ticks from 0 to a round top at or above `max`, about `count` steps. */
export function niceTicks(max: number, count = 4): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const rough = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const norm = rough / magnitude;
  const factor = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10;
  const step = Math.max(1, factor * magnitude);
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v));
  return ticks;
}

/** Text width in px at the chart's font. */
export type Measure = (text: string) => number;

/** Room for the tick line and a gap between label and line, in ems of the tick font. */
const TICK_ROOM_EM = 0.9;

/** The Y axis width that fits every label: the longest one plus the tick line and a gap. */
export function yAxisWidth(labels: readonly string[], measure: Measure, fontPx: number): number {
  const longest = Math.max(0, ...labels.map(measure));
  return Math.ceil(longest + TICK_ROOM_EM * fontPx);
}

/**
 * Right margin so that the last X label, centred on the plot's right edge, stays inside the
 * chart: half the widest label, and a little more.
 */
export function xEdgeMargin(labels: readonly string[], measure: Measure, fontPx: number): number {
  const widest = Math.max(0, ...labels.map(measure));
  return Math.ceil(widest / 2 + 0.3 * fontPx);
}

/** A width estimate where no canvas can measure (jsdom): digits and Latin ~0.62em, CJK 1em. */
export function estimateWidth(text: string, fontPx: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.62;
  return ems * fontPx;
}
