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
import { formatJstHour, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import type { TrendPoint } from './model/ops-briefing';
import { hourAxisProps, hourTooltipProps, valueAxisProps } from '../../../ui/chart/axis-props';
import { useValueAxis } from '../../../ui/chart/use-value-axis';

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
  // About six labels whatever the length: a fixed interval needs no text measuring, and on A4
  // the chart is narrow enough that eight English hours ("02:00") could touch.
  const interval = Math.max(0, Math.ceil(points.length / 6) - 1);
  const max = useMemo(() => Math.max(0, ...points.map((p) => p.evacuees ?? 0)), [points]);
  const hourLabels = useMemo(() => points.map((p) => formatJstHour(lang, p.t)), [points, lang]);
  const axis = useValueAxis(frame, max, lang, hourLabels);
  const few = points.filter((p) => p.evacuees != null).length < 3;
  return (
    <div className="chart small" data-testid="brief-trend-chart" ref={frame}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={[...points]}
          margin={{ top: axis.top, right: axis.edge, bottom: 2, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis {...hourAxisProps(axis, lang, 't', interval)} />
          <YAxis {...valueAxisProps(axis, lang)} />
          <Tooltip {...hourTooltipProps(lang)} />
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
