/**
 * Where visitors come from. Overnight domestic visitors follow the real guest-night mix of the
 * month (profile.ts); day-trip and inbound mixes are assumptions (README.md).
 */
import type { Area } from './areas';
import { monthProfile } from './profile';

export interface PresenceOrigin {
  /** The id part: `JP-42`, `JP`, `KR`… */
  key: string;
  nationality: string;
  /** Domestic visitors' prefecture, when broken down. */
  prefecture?: string;
}

/** Prefectures the presence feed breaks down: Nagasaki, Fukuoka, Saga, Kumamoto, Tokyo, Osaka. */
export const NAMED_PREFECTURES = ['42', '40', '41', '43', '13', '27'] as const;
export const INBOUND_NATIONALITIES = ['KR', 'TW', 'CN', 'HK', 'US'] as const;

/** The 12 presence origins: 6 named prefectures, other Japan, 5 nationalities, in that order. */
export const PRESENCE_ORIGINS: readonly PresenceOrigin[] = [
  ...NAMED_PREFECTURES.map((p) => ({ key: `JP-${p}`, nationality: 'JP', prefecture: p })),
  { key: 'JP', nationality: 'JP' },
  ...INBOUND_NATIONALITIES.map((n) => ({ key: n, nationality: n })),
];
/** Domestic origins come first in PRESENCE_ORIGINS. */
export const DOMESTIC_ORIGIN_COUNT = NAMED_PREFECTURES.length + 1;

// Day trips come mostly from nearby: the prefecture itself, then Fukuoka (assumed shares over
// 42, 40, 41, 43, 13, 27, other Japan). Tsushima and Iki lie closer to Fukuoka than to Nagasaki.
const DAY_TRIP_MIX = {
  mainland: [0.62, 0.17, 0.07, 0.04, 0.01, 0.01, 0.08],
  northIslands: [0.25, 0.55, 0.08, 0.02, 0.02, 0.02, 0.06],
  westIslands: [0.7, 0.15, 0.03, 0.02, 0.02, 0.02, 0.06],
} as const;
const NORTH_ISLANDS = new Set(['42209', '42210']);

export function dayTripDomesticMix(area: Area): readonly number[] {
  if (!area.island) return DAY_TRIP_MIX.mainland;
  return NORTH_ISLANDS.has(area.code) ? DAY_TRIP_MIX.northIslands : DAY_TRIP_MIX.westIslands;
}

const nightMixes = new Map<number, readonly number[]>();

/** Overnight domestic mix over the 7 domestic origins: the real guest-night shares. */
export function overnightDomesticMix(month: number): readonly number[] {
  let mix = nightMixes.get(month);
  if (!mix) {
    const shares = monthProfile(month).prefectureShares;
    const named = NAMED_PREFECTURES.map((p) => shares[p] ?? 0);
    const sum = named.reduce((s, x) => s + x, 0);
    mix = [...named, Math.max(0, 1 - sum)];
    nightMixes.set(month, mix);
  }
  return mix;
}

// Inbound mixes over KR, TW, CN, HK, US (assumed; Tsushima: the Busan ferry).
const INBOUND_MIX = [0.36, 0.22, 0.18, 0.12, 0.12] as const;
const TSUSHIMA_INBOUND_MIX = [0.93, 0.03, 0.02, 0.01, 0.01] as const;
const LANTERN_BOOST = [1, 2.2, 2.2, 2.2, 1] as const;
export const TSUSHIMA = '42209';
const TSUSHIMA_INBOUND_SHARE = 0.55;
const LANTERN_INBOUND_BOOST = 1.8;

/** Share of an area's visitors who come from abroad on a day. */
export function inboundShare(area: Area, month: number, lantern: boolean): number {
  if (area.code === TSUSHIMA) return TSUSHIMA_INBOUND_SHARE;
  const base = monthProfile(month).overseasShare * area.inbound;
  return Math.min(0.6, lantern ? base * LANTERN_INBOUND_BOOST : base);
}

/** Inbound visitors by nationality (KR, TW, CN, HK, US); the festival draws Chinese-speaking guests. */
export function inboundMix(area: Area, lantern: boolean): readonly number[] {
  if (area.code === TSUSHIMA) return TSUSHIMA_INBOUND_MIX;
  if (!lantern) return INBOUND_MIX;
  const boosted = INBOUND_MIX.map((x, i) => x * LANTERN_BOOST[i]!);
  const sum = boosted.reduce((s, x) => s + x, 0);
  return boosted.map((x) => x / sum);
}
