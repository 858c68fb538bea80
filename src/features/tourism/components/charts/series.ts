/** Chart series from the model's hourly points, downsampled to the chart's point budget. */
import { downsample, MAX_CHART_POINTS, type Point } from '../../model/downsample';
import { seriesPoints, type SeriesPoint } from '../../model/presence';

export interface DrawnSeries {
  /** Points as drawn (x = ms on the shown period's axis, y = visitors or a gap). */
  points: Point[];
  /** Hourly points before downsampling. */
  hourly: number;
}

/** `shiftMs` lays a compared period onto the shown one's time axis. */
export function drawSeries(
  series: readonly SeriesPoint[],
  budget: number,
  shiftMs = 0,
): DrawnSeries {
  const points = seriesPoints(series).map((p) => ({ x: p.x + shiftMs, y: p.y }));
  return { points: downsample(points, budget), hourly: points.length };
}

/** Two lines share one chart's budget when a period is compared. */
export const budgetFor = (lines: number) => Math.floor(MAX_CHART_POINTS / Math.max(1, lines));
