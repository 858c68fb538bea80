/**
 * Which presence origins and which flows a `TourismFilter` keeps.
 *
 * Origin filter values (see src/state/tourism-url.ts): `JP-40` or `40` (a prefecture), `JP`
 * (presence: domestic visitors whose prefecture was not given), `KR` (a country), `42202`
 * (a Nagasaki municipality, flows only).
 */
import type { FlowObservation } from '../../../domain/tourism';
import { isDomesticOrigin } from '../../../domain/origin-key';
import type { OriginKey, TourismFilter } from '../../../domain/tourism-days';

type OriginFilter = Pick<TourismFilter, 'category' | 'origin'>;

const PREFECTURE_KEY = /^JP-(\d{2})$/;
const PREFECTURE = /^\d{2}$/;
const MUNICIPALITY = /^\d{5}$/;
const COUNTRY = /^[A-Z]{2}$/;

/** The 2-digit prefecture a filter value names (`JP-40` or `40`), if it names one. */
const prefectureOf = (value: string): string | undefined =>
  PREFECTURE_KEY.exec(value)?.[1] ?? (PREFECTURE.test(value) ? value : undefined);

/**
 * Presence: category `domestic` keeps `JP` and `JP-xx`, `inbound` every country. The origin
 * value must equal the key, so `JP` keeps only the no-prefecture `JP` key (not all domestic
 * visitors); `40` is read as `JP-40`; a municipality code matches no presence origin.
 */
export function originMatches(origin: OriginKey, filter: OriginFilter): boolean {
  const domestic = isDomesticOrigin(origin);
  if (filter.category === 'domestic' && !domestic) return false;
  if (filter.category === 'inbound' && domestic) return false;
  if (filter.origin === 'all') return true;
  const pref = prefectureOf(filter.origin);
  return origin === (pref === undefined ? filter.origin : `JP-${pref}`);
}

/**
 * Flows: category, stay and mode must match (a mode filter drops flows without a mode). The
 * origin value is compared with the flow's origin code: a prefecture (`JP-40` or `40`) keeps
 * flows from that prefecture, whether given as the prefecture or as one of its municipalities
 * (code starting with it); a municipality code keeps flows from that municipality. Flows carry
 * no nationality, so a country value such as `KR` keeps every inbound flow and `JP` every
 * domestic flow: see `flowOriginIsApproximate`.
 */
export function flowMatches(flow: FlowObservation, filter: TourismFilter): boolean {
  if (filter.category !== 'all' && flow.category !== filter.category) return false;
  if (filter.stay !== 'all' && flow.stay !== filter.stay) return false;
  if (filter.mode !== 'all' && flow.mode !== filter.mode) return false;
  const value = filter.origin;
  if (value === 'all') return true;
  const pref = prefectureOf(value);
  if (pref !== undefined) {
    return flow.origin.kind === 'prefecture'
      ? flow.origin.code === pref
      : flow.origin.code.startsWith(pref);
  }
  if (MUNICIPALITY.test(value)) {
    return flow.origin.kind === 'municipality' && flow.origin.code === value;
  }
  if (value === 'JP') return flow.category === 'domestic';
  return COUNTRY.test(value) && flow.category === 'inbound';
}

/** True when flows cannot be narrowed as far as the origin filter asks (`JP`, a country). */
export function flowOriginIsApproximate(filter: Pick<TourismFilter, 'origin'>): boolean {
  const value = filter.origin;
  return value !== 'all' && prefectureOf(value) === undefined && COUNTRY.test(value);
}
