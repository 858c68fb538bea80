/** A chart point; `y` null is a gap (no data or suppressed), which must stay a gap. */
export interface Point {
  x: number;
  y: number | null;
}

/** Charts stay near this many points at most (issue 4: "about 1,000"). */
export const MAX_CHART_POINTS = 1_000;

/**
 * Min–max downsampling: the x range is cut into buckets and each bucket keeps its lowest and
 * highest point, in x order, so peaks such as a festival day survive. A bucket that holds only
 * gaps keeps one gap, so missing data is never drawn as a line across. Input sorted by x.
 */
export function downsample(points: readonly Point[], maxPoints = MAX_CHART_POINTS): Point[] {
  if (points.length <= maxPoints) return [...points];
  const buckets = Math.max(1, Math.floor(maxPoints / 2));
  const first = points[0]!.x;
  const span = points[points.length - 1]!.x - first || 1;
  const out: Point[] = [];
  let start = 0;
  for (let b = 0; b < buckets && start < points.length; b++) {
    const edge = b === buckets - 1 ? Infinity : first + ((b + 1) * span) / buckets;
    let end = start;
    while (end < points.length && points[end]!.x < edge) end++;
    if (end === start) continue;
    out.push(...extremes(points, start, end));
    start = end;
  }
  return out;
}

function extremes(points: readonly Point[], start: number, end: number): Point[] {
  let lo: Point | undefined;
  let hi: Point | undefined;
  for (let i = start; i < end; i++) {
    const p = points[i]!;
    if (p.y === null) continue;
    if (!lo || p.y < lo.y!) lo = p;
    if (!hi || p.y > hi.y!) hi = p;
  }
  if (!lo || !hi) return [points[start]!];
  if (lo === hi) return [lo];
  return lo.x <= hi.x ? [lo, hi] : [hi, lo];
}
