/** Least-squares line through (t, y): the slope per hour, for heap and other samples. */
export interface Trend {
  /** Units of y per hour. */
  perHour: number;
  /** Value of the fitted line at the first and last sample. */
  start: number;
  end: number;
  /** Coefficient of determination (0–1); NaN with fewer than 3 distinct times. */
  r2: number;
  samples: number;
}

export function linearTrend(points: ReadonlyArray<{ t: number; y: number }>): Trend {
  const n = points.length;
  if (n < 2)
    return { perHour: 0, start: points[0]?.y ?? 0, end: points[0]?.y ?? 0, r2: NaN, samples: n };
  const mt = points.reduce((s, p) => s + p.t, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (const p of points) {
    sxy += (p.t - mt) * (p.y - my);
    sxx += (p.t - mt) ** 2;
    syy += (p.y - my) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx; // per ms
  const first = points[0]!.t;
  const last = points[n - 1]!.t;
  const at = (t: number) => my + slope * (t - mt);
  return {
    perHour: slope * 3_600_000,
    start: at(first),
    end: at(last),
    r2: sxx === 0 || syy === 0 ? NaN : (sxy * sxy) / (sxx * syy),
    samples: n,
  };
}

/** The samples after the warm-up: the first `fraction` of the run (at least `minMs`) is left out. */
export function afterWarmUp<P extends { t: number }>(
  points: readonly P[],
  fraction: number,
  minMs: number,
): P[] {
  if (points.length === 0) return [];
  const t0 = points[0]!.t;
  const span = points[points.length - 1]!.t - t0;
  const cut = t0 + Math.max(minMs, span * fraction);
  const kept = points.filter((p) => p.t >= cut);
  return kept.length >= 3 ? kept : [...points];
}
