import { memo, useMemo, useRef, type Ref } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TFunction } from '../../../../i18n';
import { valueAxisProps } from '../../../../ui/chart/axis-props';
import { useValueAxis } from '../../../../ui/chart/use-value-axis';
import { formatNumber, type Lang } from '../../../../i18n';
import { jstDayStartMs } from '../../../../domain/jst';
import type { StayDay } from '../../model/flows';
import { formatDay, formatTotal } from '../format';

/** Arrivals per JST day, day trips against overnight stays (at most 92 bars a series). */
/** Every n-th day labelled, about ten labels at most: a fixed interval needs no text measuring. */
const dayTickInterval = (days: number) => Math.max(0, Math.ceil(days / 10) - 1);

function StayChartView({
  days,
  frameRef,
  lang,
  t,
}: {
  days: readonly StayDay[];
  /** The element a PNG export draws. */
  frameRef?: Ref<HTMLDivElement>;
  lang: Lang;
  t: TFunction;
}) {
  const data = useMemo(
    () =>
      days.map((d) => ({
        day: formatDay(jstDayStartMs(d.date), lang),
        dayTrip: d.dayTrip.value,
        overnight: d.overnight.value,
      })),
    [days, lang],
  );
  const box = useRef<HTMLDivElement>(null);
  const max = useMemo(
    () => Math.max(0, ...data.map((d) => (d.dayTrip ?? 0) + (d.overnight ?? 0))),
    [data],
  );
  const dayLabels = useMemo(() => data.map((d) => d.day), [data]);
  const axis = useValueAxis(box, max, lang, dayLabels);
  const sum = (key: 'dayTrip' | 'overnight') => {
    let value: number | null = null;
    let suppressed = 0;
    for (const d of days) {
      if (d[key].value !== null) value = (value ?? 0) + d[key].value;
      suppressed += d[key].suppressed;
    }
    return { value, suppressed };
  };
  return (
    <>
      <p className="muted">
        {t('stay.dayTrip')} {formatTotal(sum('dayTrip'), lang, t)} / {t('stay.overnight')}{' '}
        {formatTotal(sum('overnight'), lang, t)}
      </p>
      <div className="chart small" data-testid="stay-chart" ref={frameRef}>
        <div className="chart-box" ref={box}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} margin={{ top: axis.top, right: axis.edge, bottom: 2, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
              <XAxis
                height={axis.bandHeight}
                dataKey="day"
                interval={dayTickInterval(data.length)}
                tick={{ fontSize: axis.font.px }}
              />
              <YAxis {...valueAxisProps(axis, lang)} />
              <Tooltip formatter={(v) => formatNumber(lang, Number(v))} />
              <Legend />
              <Bar
                dataKey="dayTrip"
                name={t('stay.dayTrip')}
                stackId="s"
                fill="#E69F00"
                isAnimationActive={false}
              />
              <Bar
                dataKey="overnight"
                name={t('stay.overnight')}
                stackId="s"
                fill="#0072B2"
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </div>
    </>
  );
}

export const StayChart = memo(StayChartView);
