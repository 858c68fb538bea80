/**
 * Where a municipality's arrivals come from, and how: "legs" (origin, transport mode, share of
 * the category's arrivals, overnight fraction), per destination and month.
 *  - Mainland: other mainland municipalities by population and distance (gravity, 25 km decay;
 *    road, or rail where both ends have a station), islanders over their links, and
 *    prefectures outside by the month's guest-night mix (road or rail from northern Kyushu,
 *    mostly air from further away). Inbound visitors come through Fukuoka, Tokyo or Osaka.
 *  - Islands: their sea and air links only (links.ts).
 * Pairs under a few percent of a destination's arrivals are left out.
 */
import { AREAS, distanceKm, type Area } from './areas';
import { ISLAND_LINKS, TSUSHIMA_INBOUND_LINKS, type IslandLink } from './links';
import type { TransportMode } from './modes';
import { dayTripDomesticMix, NAMED_PREFECTURES, TSUSHIMA } from './origins';
import { monthProfile } from './profile';

export interface Leg {
  /** Municipality code, or a 2-digit prefecture code outside Nagasaki. */
  origin: string;
  mode: TransportMode;
  /** Share of the destination's arrivals in this visitor category. */
  share: number;
  /** Fraction of this leg's visitors who stay the night. */
  overnight: number;
}

export interface DestinationLegs {
  domestic: readonly Leg[];
  inbound: readonly Leg[];
}

const DECAY_KM = 25;
const LOCAL_KM = 25;
const MIN_MUNICIPALITY_SHARE = 0.03;
const MIN_PREFECTURE_SHARE = 0.012;
const ISLANDER_PULL = 0.5;
const MIN_MODE_SHARE = 0.02;
const NEAR_PREFECTURES = new Set(['40', '41', '43']);
const KYUSHU_PREFECTURES = new Set(['44', '45', '46']);
const PREFECTURES = Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0'));

interface Candidate {
  origin: string;
  weight: number;
  modes: Array<[TransportMode, number]>;
  overnight: number;
}

/** Candidates → legs: drop the small ones, scale the rest to `total`, split by mode. */
function toLegs(candidates: readonly Candidate[], minShare: number, total: number): Leg[] {
  const sum = candidates.reduce((s, c) => s + c.weight, 0);
  const kept = candidates.filter((c) => c.weight >= minShare * sum);
  const keptSum = kept.reduce((s, c) => s + c.weight, 0);
  const legs: Leg[] = [];
  for (const c of kept) {
    const modes = c.modes.filter(([, w]) => w >= MIN_MODE_SHARE);
    const modeSum = modes.reduce((s, [, w]) => s + w, 0);
    for (const [mode, w] of modes)
      legs.push({
        origin: c.origin,
        mode,
        share: (total * (c.weight / keptSum) * w) / modeSum,
        overnight: c.overnight,
      });
  }
  return legs;
}

const linkLeg = (link: IslandLink, overnight: number): Leg => ({
  origin: link.other,
  mode: link.mode,
  share: link.share,
  overnight,
});

function islandLegs(area: Area): DestinationLegs {
  const islands = new Set(AREAS.filter((a) => a.island).map((a) => a.code));
  const domestic = ISLAND_LINKS.filter((l) => l.island === area.code).map((l) =>
    linkLeg(l, islands.has(l.other) ? area.overnight * 0.6 : area.overnight),
  );
  const inbound =
    area.code === TSUSHIMA ? TSUSHIMA_INBOUND_LINKS.map((l) => linkLeg(l, 0.45)) : domestic;
  return { domestic, inbound };
}

/** Visitors from the rest of the prefecture: gravity over the mainland, links for islanders. */
function municipalityCandidates(area: Area): Candidate[] {
  const out: Candidate[] = [];
  for (const other of AREAS) {
    if (other.code === area.code) continue;
    if (other.island) {
      for (const link of ISLAND_LINKS)
        if (link.island === other.code && link.other === area.code)
          out.push({
            origin: other.code,
            weight: other.populationK * ISLANDER_PULL * link.share,
            modes: [[link.mode, 1]],
            overnight: Math.min(0.9, area.overnight + 0.4),
          });
      continue;
    }
    const km = distanceKm(other, area);
    const rail = Math.min(other.rail, area.rail);
    out.push({
      origin: other.code,
      weight: other.populationK * Math.exp(-km / DECAY_KM),
      modes: [
        ['road', 1 - rail],
        ['rail', rail],
      ],
      overnight: area.overnight * (km < LOCAL_KM ? 0.3 : 0.7),
    });
  }
  return out;
}

function mainlandLegs(area: Area, month: number): DestinationLegs {
  const base = area.overnight;
  const shares = monthProfile(month).prefectureShares;
  const dayMix = dayTripDomesticMix(area);
  const named = new Map<string, number>(NAMED_PREFECTURES.map((p, i) => [p, dayMix[i]!]));
  const share = (p: string): number => shares[p] ?? 0;
  const otherSum = PREFECTURES.filter((p) => !named.has(p)).reduce((s, p) => s + share(p), 0);
  const dayOther = dayMix[NAMED_PREFECTURES.length]!;
  const weightOf = (p: string): number =>
    (1 - base) * (named.get(p) ?? (dayOther * share(p)) / otherSum) + base * share(p);

  const outside: Candidate[] = PREFECTURES.filter((p) => p !== '42').map((p) => {
    const near = NEAR_PREFECTURES.has(p) || KYUSHU_PREFECTURES.has(p);
    return {
      origin: p,
      weight: weightOf(p),
      modes: near
        ? [
            ['road', 1 - area.rail],
            ['rail', area.rail],
          ]
        : [
            ['air', 0.6],
            ['rail', area.rail > 0 ? 0.25 : 0],
            ['road', area.rail > 0 ? 0.15 : 0.4],
          ],
      overnight: NEAR_PREFECTURES.has(p)
        ? base
        : near
          ? Math.min(0.95, base * 1.6 + 0.1)
          : 1 - (1 - base) * 0.3,
    };
  });
  // Keep the prefectures that matter, then split what is left between them and Nagasaki.
  const all = outside.reduce((s, c) => s + c.weight, weightOf('42'));
  const kept = outside.filter((c) => c.weight >= MIN_PREFECTURE_SHARE * all);
  const keptTotal = kept.reduce((s, c) => s + c.weight, 0) + weightOf('42');
  const domestic = [
    ...toLegs(municipalityCandidates(area), MIN_MUNICIPALITY_SHARE, weightOf('42') / keptTotal),
    ...toLegs(kept, 0, 1 - weightOf('42') / keptTotal),
  ];
  const inboundOvernight = 1 - (1 - base) * 0.5;
  const gateway = (origin: string, weight: number, modes: Array<[TransportMode, number]>) => ({
    origin,
    weight,
    modes,
    overnight: inboundOvernight,
  });
  const inbound = toLegs(
    [
      gateway('40', 0.7, [
        ['road', 1 - area.rail],
        ['rail', area.rail],
      ]),
      gateway('13', 0.15, [
        ['air', 0.85],
        [area.rail > 0 ? 'rail' : 'road', 0.15],
      ]),
      gateway('27', 0.15, [
        ['air', 0.8],
        [area.rail > 0 ? 'rail' : 'road', 0.2],
      ]),
    ],
    0,
    1,
  );
  return { domestic, inbound };
}

const cache = new Map<string, DestinationLegs>();

/** The legs of a destination in a month (the prefecture mix changes by month). */
export function legsOf(area: Area, month: number): DestinationLegs {
  const key = `${area.code}:${area.island ? 0 : month}`;
  let legs = cache.get(key);
  if (!legs) {
    legs = area.island ? islandLegs(area) : mainlandLegs(area, month);
    cache.set(key, legs);
  }
  return legs;
}
