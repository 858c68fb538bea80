import { useMemo, type RefObject } from 'react';
import { formatNumber, type Lang } from '../../i18n';
import { niceTicks, xEdgeMargin, yAxisWidth } from './axis';
import { useChartFont, type ChartFont } from './use-chart-font';

export interface ValueAxis {
  /** Tick values, 0 to a round top at or above the data's maximum. */
  ticks: number[];
  domain: [number, number];
  /** As wide as the longest formatted tick at the chart's font. */
  width: number;
  /** Half the widest category label, and a little: the room an edge label needs. */
  edge: number;
  font: ChartFont;
}

/**
 * A chart's number axis and its edges, measured at the font the chart is drawn in (the wall's
 * type is twice the desk's): `ticks`, `domain` and `width` for a Recharts YAxis (or a vertical
 * chart's XAxis), and `edge` for the margin the first and last category labels need.
 */
export function useValueAxis(
  frame: RefObject<HTMLElement | null>,
  max: number,
  lang: Lang,
  categoryLabels: readonly string[] = [],
): ValueAxis {
  const font = useChartFont(frame);
  return useMemo(() => {
    const ticks = niceTicks(max);
    return {
      ticks,
      domain: [0, ticks.at(-1) ?? 1],
      width: yAxisWidth(
        ticks.map((v) => formatNumber(lang, v)),
        font.measure,
        font.px,
      ),
      edge: xEdgeMargin(categoryLabels, font.measure, font.px),
      font,
    };
  }, [max, lang, categoryLabels, font]);
}

/** The width a category axis needs for its longest label, at the chart's font. */
export function useCategoryWidth(
  frame: RefObject<HTMLElement | null>,
  labels: readonly string[],
): number {
  const font = useChartFont(frame);
  return useMemo(() => yAxisWidth(labels, font.measure, font.px), [labels, font]);
}
