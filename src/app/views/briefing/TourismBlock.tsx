import { formatNumber, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import { Stat, StatRow } from '../../../ui/Stat';
import {
  formatChange,
  formatTotal,
  originLabel,
} from '../../../features/tourism/components/format';
import type { FlowAggregate } from '../../../features/tourism/model/flows';
import { daysSettled, type DaysState } from '../../../features/tourism/api/combine';
import type { Period } from '../../../features/tourism/model/period';
import type { TourismBriefing } from './model/tourism-briefing';
import type { BriefingArea } from './model/ops-briefing';
import { BriefBlock } from './BriefBlock';
import { TransportKey, TransportModes } from '../../../features/tourism/components/TransportModes';

function FlowTable(props: {
  id: string;
  caption: string;
  flows: readonly FlowAggregate[];
  lang: Lang;
  t: TFunction;
}) {
  const { id, caption, flows, lang, t } = props;
  if (flows.length === 0) return null;
  return (
    <table className="data compact" data-testid={id}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('brief.tour.from')}</th>
          <th scope="col">{t('brief.tour.to')}</th>
          <th scope="col" className="num">
            {t('brief.tour.visitors')}
          </th>
          <th scope="col">{t('brief.tour.mode')}</th>
        </tr>
      </thead>
      <tbody>
        {flows.map((f) => (
          <tr key={`${f.origin.code}>${f.destination}`}>
            <th scope="row">{originLabel(f.origin.code, lang, t)}</th>
            <td>{originLabel(f.destination, lang, t)}</td>
            <td className="num">
              {formatTotal({ value: f.count, suppressed: f.suppressed }, lang, t)}
            </td>
            <td>
              <TransportModes flow={f} t={t} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Visitors this week against the same week a year earlier, origins, flows in and out. */
export function TourismBlock(props: {
  area: BriefingArea;
  b: TourismBriefing | null;
  /** This week's days and the compared week's (null: no comparison): figures need both. */
  days: DaysState;
  comparedDays: DaysState | null;
  period: Period;
  compared: Period | null;
  asOf: string;
  lang: Lang;
  t: TFunction;
}) {
  const { area, b, days, comparedDays, period, compared, asOf, lang, t } = props;
  const pref = area === null;
  // Both weeks count: with this week in and last year's still on its way, the figures are not
  // there yet, and "no tourism data" would be wrong.
  const both = [days, ...(comparedDays ? [comparedDays] : [])];
  const sum = (k: 'loaded' | 'failedDays' | 'total') => both.reduce((n, d) => n + d[k], 0);
  const progress = { loaded: sum('loaded'), failedDays: sum('failedDays'), total: sum('total') };
  const loading = !daysSettled(progress);
  const avg = b?.average ?? null;
  const n = (v: number | null) => (v === null ? '—' : formatNumber(lang, Math.round(v)));
  return (
    <BriefBlock id="tourism" title={t('brief.tour.title')} asOf={asOf} wide>
      <p className="muted">
        {t('brief.tour.period', {
          from: period.from,
          to: period.to,
          cfrom: compared?.from ?? '—',
          cto: compared?.to ?? '—',
        })}
      </p>
      {loading ? (
        <p className="muted" role="status">
          {t('brief.tour.loading', { loaded: progress.loaded, total: progress.total })}
        </p>
      ) : null}
      {progress.failedDays > 0 ? (
        <p className="warn">{t('brief.tour.failed', { n: progress.failedDays })}</p>
      ) : null}
      {!b || (avg === null && b.arrivals.value === null) ? (
        loading ? null : (
          <p data-testid="brief-tour-nodata">{t('brief.tour.noData')}</p>
        )
      ) : (
        <>
          <ul className="brief-sentences lead" data-testid="brief-tour-sentences">
            {avg !== null ? (
              <li>
                {t('brief.tour.sentence.avg', {
                  n: n(avg),
                  change: formatChange(b.averageChange, lang),
                })}
              </li>
            ) : null}
            {b.arrivals.value !== null ? (
              <li>
                {t('brief.tour.sentence.arrivals', {
                  n: t(b.arrivals.suppressed > 0 ? 'brief.persons.atLeast' : 'brief.persons', {
                    n: formatNumber(lang, b.arrivals.value),
                  }),
                  change: formatChange(b.arrivalsChange, lang),
                })}
              </li>
            ) : null}
          </ul>
          <StatRow columns={2}>
            <Stat
              label={t('brief.tour.average')}
              value={n(avg)}
              help={`${t('brief.tour.compared')} ${n(b.compareAverage)}`}
              testId="brief-tour-average"
            />
            <Stat
              label={t(pref ? 'brief.tour.arrivals.pref' : 'brief.tour.arrivals.area')}
              value={formatTotal(b.arrivals, lang, t)}
              help={`${t('brief.tour.compared')} ${b.compareArrivals ? formatTotal(b.compareArrivals, lang, t) : '—'}`}
              testId="brief-tour-arrivals"
            />
          </StatRow>
          <div className="brief-tables">
            {b.topOrigins.length > 0 ? (
              <table className="data compact" data-testid="brief-origins">
                <caption>{t('brief.tour.origins')}</caption>
                <tbody>
                  {b.topOrigins.map((o) => (
                    <tr key={o.origin}>
                      <th scope="row">{originLabel(o.origin, lang, t)}</th>
                      <td className="num">{formatTotal(o.perHour, lang, t)}</td>
                      <td className="num">
                        {o.share === null
                          ? '—'
                          : `${formatNumber(lang, Math.round(o.share * 1000) / 10)}%`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <FlowTable
              id="brief-flows-in"
              caption={t(pref ? 'brief.tour.flowsIn.pref' : 'brief.tour.flowsIn.area')}
              flows={b.flowsIn}
              lang={lang}
              t={t}
            />
            <FlowTable
              id="brief-flows-out"
              caption={t(pref ? 'brief.tour.flowsOut.pref' : 'brief.tour.flowsOut.area')}
              flows={b.flowsOut}
              lang={lang}
              t={t}
            />
          </div>
          <TransportKey flows={[...b.flowsIn, ...b.flowsOut]} t={t} />
        </>
      )}
    </BriefBlock>
  );
}
