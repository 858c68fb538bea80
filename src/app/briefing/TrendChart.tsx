import { memo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber, type Lang } from '../../i18n';
import type { TFunction } from '../context';
import type { TrendPoint } from './model/ops-briefing';

const hourLabel = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit' });
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
  // About eight labels whatever the length: a fixed interval needs no text measuring.
  const interval = Math.max(0, Math.ceil(points.length / 8) - 1);
  return (
    <div className="chart small" data-testid="brief-trend-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={[...points]} margin={{ top: 6, right: 12, bottom: 2, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis
            dataKey="t"
            tickFormatter={(ms: number) => hourLabel.format(ms)}
            interval={interval}
          />
          <YAxis tickFormatter={(v: number) => formatNumber(lang, v)} width={56} interval={0} />
          <Tooltip
            labelFormatter={(ms) => `${hourLabel.format(Number(ms))}:00 JST`}
            formatter={(v) => formatNumber(lang, Number(v))}
          />
          <Line
            dataKey="evacuees"
            name={t('brief.trend.evacuees')}
            stroke={LINE}
            strokeWidth={2}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export const TrendChart = memo(TrendChartView);
