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
  /** The top margin a label centred on the top tick needs (its line box is ~1.5× the font). */
  top: number;
  /** The category axis's height: its labels' line box and the tick beside it. */
  bandHeight: number;
  font: ChartFont;
}

/** A tick label's line box, as tall as the chart font's ascent plus descent. */
const LINE_BOX = 1.5;
/** Recharts' tick line (6 px) and the gap between it and the label (2 px), at any font size. */
const TICK_AND_GAP_PX = 8;

/** Margin above a chart whose top tick is labelled: half a label's line box, rounded up. */
export const topMargin = (px: number): number => Math.ceil((px * LINE_BOX) / 2) + 1;

/** Height of a horizontal axis whose labels are drawn at `px`. */
export const bandHeight = (px: number): number => Math.ceil(px * LINE_BOX) + TICK_AND_GAP_PX;

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
      top: topMargin(font.px),
      bandHeight: bandHeight(font.px),
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
