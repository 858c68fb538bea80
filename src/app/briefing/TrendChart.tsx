import { memo, useMemo, useRef } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatJstHour, formatJstMinute, formatNumber, type Lang } from '../../i18n';
import type { TFunction } from '../context';
import type { TrendPoint } from './model/ops-briefing';
import { niceTicks, xEdgeMargin, yAxisWidth } from '../../ui/chart/axis';
import { useChartFont } from '../../ui/chart/use-chart-font';

/** Okabe–Ito blue: distinct under the common colour-vision deficiencies, 5.2:1 on white. */
const LINE = '#0072B2';

function TrendChartView({
  points,
  lang,
  t,
}: {
  points: readonly TrendPoint[];
  lang: Lang;
  t: TFunction;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const font = useChartFont(frame);
  // About eight labels whatever the length: a fixed interval needs no text measuring.
  const interval = Math.max(0, Math.ceil(points.length / 8) - 1);
  const axis = useMemo(() => {
    const max = Math.max(0, ...points.map((p) => p.evacuees ?? 0));
    const ticks = niceTicks(max);
    return {
      ticks,
      width: yAxisWidth(
        ticks.map((v) => formatNumber(lang, v)),
        font.measure,
        font.px,
      ),
      right: xEdgeMargin(
        points.map((p) => formatJstHour(lang, p.t)),
        font.measure,
        font.px,
      ),
    };
  }, [points, lang, font]);
  const few = points.filter((p) => p.evacuees != null).length < 3;
  return (
    <div className="chart small" data-testid="brief-trend-chart" ref={frame}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={[...points]}
          margin={{ top: Math.ceil(font.px * 0.7), right: axis.right, bottom: 2, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis
            dataKey="t"
            tickFormatter={(ms: number) => formatJstHour(lang, ms)}
            interval={interval}
            tick={{ fontSize: font.px }}
          />
          <YAxis
            tickFormatter={(v: number) => formatNumber(lang, v)}
            domain={[0, axis.ticks.at(-1) ?? 1]}
            ticks={axis.ticks}
            width={axis.width}
            interval={0}
            tick={{ fontSize: font.px }}
          />
          <Tooltip
            labelFormatter={(ms) => formatJstMinute(lang, Number(ms))}
            formatter={(v) => formatNumber(lang, Number(v))}
          />
          <Line
            dataKey="evacuees"
            name={t('brief.trend.evacuees')}
            stroke={LINE}
            strokeWidth={2}
            dot={few ? { r: 3 } : false}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export const TrendChart = memo(TrendChartView);
