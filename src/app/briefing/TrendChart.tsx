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
import { useValueAxis } from '../../ui/chart/use-value-axis';

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
  // About eight labels whatever the length: a fixed interval needs no text measuring.
  const interval = Math.max(0, Math.ceil(points.length / 8) - 1);
  const max = useMemo(() => Math.max(0, ...points.map((p) => p.evacuees ?? 0)), [points]);
  const hourLabels = useMemo(() => points.map((p) => formatJstHour(lang, p.t)), [points, lang]);
  const axis = useValueAxis(frame, max, lang, hourLabels);
  const { font } = axis;
  const few = points.filter((p) => p.evacuees != null).length < 3;
  return (
    <div className="chart small" data-testid="brief-trend-chart" ref={frame}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={[...points]}
          margin={{ top: axis.top, right: axis.edge, bottom: 2, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis
            height={axis.bandHeight}
            dataKey="t"
            tickFormatter={(ms: number) => formatJstHour(lang, ms)}
            interval={interval}
            // The first hour's label clear of the Y axis, as the last one is of the edge.
            padding={{ left: axis.edge }}
            tick={{ fontSize: font.px }}
          />
          <YAxis
            tickFormatter={(v: number) => formatNumber(lang, v)}
            domain={axis.domain}
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
