import { memo, useMemo, useRef, type Ref } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TFunction } from '../../../../i18n';
import { useCategoryWidth } from '../../../../ui/chart/use-value-axis';
import { formatNumber, type Lang } from '../../../../i18n';
import type { OriginShare } from '../../model/origins';
import { isDomesticOrigin } from '../../../../domain/origin-key';
import { formatPercent, originLabel } from '../format';

/** Share of visitor-hours by home prefecture or country; domestic and inbound in two hues. */
function OriginChartView({
  shares,
  frameRef,
  lang,
  t,
}: {
  shares: readonly OriginShare[];
  /** The element a PNG export draws. */
  frameRef?: Ref<HTMLDivElement>;
  lang: Lang;
  t: TFunction;
}) {
  const data = useMemo(
    () =>
      shares
        .filter((s) => s.share !== null)
        .map((s) => ({
          origin: originLabel(s.origin, lang, t),
          share: Math.round((s.share ?? 0) * 1000) / 10,
          domestic: isDomesticOrigin(s.origin),
        })),
    [shares, lang, t],
  );
  const box = useRef<HTMLDivElement>(null);
  const labels = useMemo(() => data.map((d) => d.origin), [data]);
  const labelWidth = useCategoryWidth(box, labels);
  return (
    <div
      className="chart origin"
      data-testid="origin-chart"
      ref={frameRef}
      style={{ height: `${Math.max(120, data.length * 22 + 30)}px` }}
    >
      <div className="chart-box" ref={box}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 4, right: 16, bottom: 2, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
            <XAxis
              type="number"
              unit="%"
              tickFormatter={(v: number) => formatNumber(lang, v)}
              interval={0}
            />
            <YAxis type="category" dataKey="origin" width={labelWidth} interval={0} />
            <Tooltip formatter={(v) => formatPercent(Number(v) / 100, lang, t)} />
            <Bar dataKey="share" name={t('origin.share')} isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.origin} fill={d.domestic ? '#009E73' : '#CC79A7'} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}

export const OriginChart = memo(OriginChartView);
