import { memo, useMemo, type Ref } from 'react';
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
import type { TFunction } from '../../../../app/context';
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
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 6, right: 10, bottom: 2, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
            <XAxis dataKey="day" interval={dayTickInterval(data.length)} />
            <YAxis tickFormatter={(v: number) => formatNumber(lang, v)} width={56} interval={0} />
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
    </>
  );
}

export const StayChart = memo(StayChartView);
