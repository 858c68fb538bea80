/**
 * TouristFlowObserved for one JST day: arrivals in each municipality by origin, visitor
 * category, stay type and transport mode (legs.ts), over the JST day. Counts under 10 are
 * suppressed: mostly left out, some (15 %) sent with `visitorCount: null`.
 */
import type { JsonObject, NgsiEntity } from '../broker';
import { property, sharedProperty, sharedStrings, PROVIDER_ATTR } from './attrs';
import { addDays, jstMidnight } from './calendar';
import { areaDays } from './daily';
import { legsOf, type Leg } from './legs';
import type { StayType, TransportMode, VisitorCategory } from './modes';
import { hashKey, jitterAt, unitAt } from './noise';
import { SUPPRESSION_THRESHOLD } from './presence';

export const FLOW_TYPE = 'TouristFlowObserved';
const NULL_SHARE = 0.15;
const FLOW_NOISE = 0.15;

const CODES = sharedStrings();
const ENUMS = sharedStrings();

export interface FlowFields {
  origin: string;
  destination: string;
  /** The id's period part: the date, or `<date>T<hh>` for an hourly flow. */
  period: string;
  from: JsonObject;
  to: JsonObject;
  category: VisitorCategory;
  stay: StayType;
  mode: TransportMode;
  count: number | null;
}

export const flowId = (
  f: Pick<FlowFields, 'origin' | 'destination' | 'period' | 'category' | 'stay' | 'mode'>,
): string =>
  `urn:ngsi-ld:${FLOW_TYPE}:${f.origin}:${f.destination}:${f.period}:${f.category}:${f.stay}:${f.mode}`;

export function flowEntity(f: FlowFields): NgsiEntity {
  return {
    id: flowId(f),
    type: FLOW_TYPE,
    originCode: CODES(f.origin),
    destinationCode: CODES(f.destination),
    dateObservedFrom: f.from,
    dateObservedTo: f.to,
    visitorCount: property(f.count),
    visitorCategory: ENUMS(f.category),
    stayType: ENUMS(f.stay),
    transportMode: ENUMS(f.mode),
    dataProvider: PROVIDER_ATTR,
  };
}

/** The JST day as the flows' period attributes. */
export const dayPeriod = (date: string) => ({
  from: sharedProperty(jstMidnight(date)),
  to: sharedProperty(jstMidnight(addDays(date, 1))),
});

/** The day's flows, destination by destination (no planted data). */
export function normalFlows(date: string, seed: number): NgsiEntity[] {
  const out: NgsiEntity[] = [];
  const month = Number(date.slice(5, 7));
  const { from, to } = dayPeriod(date);
  for (const day of areaDays(date, seed)) {
    const { area } = day;
    const legs = legsOf(area, month);
    const total = day.dayTrip + day.overnight;
    const key = hashKey(seed, `${area.code}:${date}:flows`);
    let n = 0;
    const emit = (category: VisitorCategory, volume: number, list: readonly Leg[]): void => {
      for (const leg of list) {
        for (const stay of ['dayTrip', 'overnight'] as const) {
          const part = stay === 'overnight' ? leg.overnight : 1 - leg.overnight;
          let count: number | null = Math.round(
            volume * leg.share * part * jitterAt(key, n, FLOW_NOISE),
          );
          const draw = unitAt(key, n + 100_000);
          n += 1;
          if (count < SUPPRESSION_THRESHOLD) {
            if (draw >= NULL_SHARE) continue;
            count = null;
          }
          const { origin, mode } = leg;
          out.push(
            flowEntity({
              origin,
              destination: area.code,
              period: date,
              from,
              to,
              category,
              stay,
              mode,
              count,
            }),
          );
        }
      }
    };
    emit('domestic', total * (1 - day.inboundShare), legs.domestic);
    emit('inbound', total * day.inboundShare, legs.inbound);
  }
  return out;
}
