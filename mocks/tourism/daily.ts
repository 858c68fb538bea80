/**
 * How many visitors each municipality has on a date, split by stay type and origin: the one
 * model both the presence and the flow feeds are drawn from.
 */
import { AREAS, type Area } from './areas';
import { dayFactor, isKunchi, isLanternFestival } from './calendar';
import {
  DOMESTIC_ORIGIN_COUNT,
  dayTripDomesticMix,
  inboundMix,
  inboundShare,
  overnightDomesticMix,
  PRESENCE_ORIGINS,
} from './origins';
import { monthProfile } from './profile';
import { uniform } from '../scenarios/prng';

export const NAGASAKI_CITY = '42201';
const KUNCHI_BOOST = 1.9;
const LANTERN_BOOST = 1.5;
/** Islands are beach and ferry destinations: their season is more pronounced. */
const ISLAND_SEASON_EXPONENT = 1.3;
/** Day-to-day noise, ± this fraction. */
const NOISE = 0.08;

export interface AreaDay {
  area: Area;
  /** Visitors on a day trip that day. */
  dayTrip: number;
  /** Visitors staying the night. */
  overnight: number;
  inboundShare: number;
  /** Share of each of the 12 presence origins among day-trippers, and among overnight guests. */
  dayShares: readonly number[];
  nightShares: readonly number[];
}

function originShares(domestic: readonly number[], inbound: number, mix: readonly number[]) {
  const out: number[] = [];
  for (let i = 0; i < PRESENCE_ORIGINS.length; i++)
    out.push(
      i < DOMESTIC_ORIGIN_COUNT
        ? (1 - inbound) * domestic[i]!
        : inbound * mix[i - DOMESTIC_ORIGIN_COUNT]!,
    );
  return out;
}

/** One municipality's visitors on a date; deterministic for (seed, date). */
export function areaDay(area: Area, date: string, seed: number): AreaDay {
  const month = Number(date.slice(5, 7));
  const profile = monthProfile(month);
  const season = area.island ? profile.seasonality ** ISLAND_SEASON_EXPONENT : profile.seasonality;
  const nagasaki = area.code === NAGASAKI_CITY;
  const lantern = nagasaki && isLanternFestival(date);
  const festival = nagasaki && isKunchi(date) ? KUNCHI_BOOST : lantern ? LANTERN_BOOST : 1;
  const noise = 1 + NOISE * (2 * uniform(seed, `${area.code}:${date}:volume`) - 1);
  const total = ((area.annualK * 1000) / 365) * season * dayFactor(date) * festival * noise;
  const inbound = inboundShare(area, month, lantern);
  const mix = inboundMix(area, lantern);
  return {
    area,
    dayTrip: total * (1 - area.overnight),
    overnight: total * area.overnight,
    inboundShare: inbound,
    dayShares: originShares(dayTripDomesticMix(area), inbound, mix),
    nightShares: originShares(overnightDomesticMix(month), inbound, mix),
  };
}

/** All 21 municipalities on a date, in AREAS order. */
export const areaDays = (date: string, seed: number): AreaDay[] =>
  AREAS.map((area) => areaDay(area, date, seed));
