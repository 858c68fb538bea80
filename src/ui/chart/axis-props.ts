import { formatJstHour, formatJstMinute, formatNumber, type Lang } from '../../i18n';
import type { ValueAxis } from './use-value-axis';

/**
 * Recharts props for the axes every chart here shares, from its measured `ValueAxis`: the
 * number axis (ticks, width from the longest label, font), the hour axis of the evacuee trends
 * (labels in the app's language, the first one clear of the number axis), and their tooltip.
 */
export function valueAxisProps(axis: ValueAxis, lang: Lang) {
  return {
    tickFormatter: (v: number) => formatNumber(lang, v),
    domain: axis.domain,
    ticks: axis.ticks,
    width: axis.width,
    interval: 0,
    tick: { fontSize: axis.font.px },
  } as const;
}

export function hourAxisProps(axis: ValueAxis, lang: Lang, dataKey: string, interval: number) {
  return {
    dataKey,
    height: axis.bandHeight,
    tickFormatter: (ms: number) => formatJstHour(lang, ms),
    interval,
    // The first hour's label clear of the number axis, as the last one is of the edge.
    padding: { left: axis.edge },
    tick: { fontSize: axis.font.px },
  } as const;
}

export function hourTooltipProps(lang: Lang) {
  return {
    labelFormatter: (ms: unknown) => formatJstMinute(lang, Number(ms)),
    formatter: (v: unknown) => formatNumber(lang, Number(v)),
  } as const;
}
