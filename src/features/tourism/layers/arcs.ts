/** Flow aggregates to drawable arcs: pure, so the choice of what is drawn is tested. */
import { TRANSPORT_MODES, type FlowOrigin } from '../../../domain/tourism';
import type { LngLat, MunicipalityCode } from '../../../domain/types';
import { anchorOf, destinationOf, layoutOrigins, type LabelSide } from './anchors';

type TransportMode = (typeof TRANSPORT_MODES)[number];

/**
 * How an arc's visitors travelled, from the flows' `transportMode`: ferry is by sea, air is
 * not (an island flight is no sea crossing), road and rail are over land; visitors whose
 * records name no mode are drawn as such rather than guessed.
 */
export type ArcKind = 'sea' | 'air' | 'land' | 'unknown';
export const ARC_KINDS: readonly ArcKind[] = ['sea', 'air', 'land', 'unknown'];

export const kindOfMode = (mode: TransportMode): ArcKind =>
  mode === 'ferry' ? 'sea' : mode === 'air' ? 'air' : 'land';

/** What the arc layer needs of a flow aggregate (src/features/tourism/model/flows.ts). */
export interface ArcInput {
  origin: FlowOrigin;
  destination: MunicipalityCode;
  count: number | null;
  /** Published visitors per transport mode; the rest of `count` named no mode. */
  modes: Partial<Record<TransportMode, number>>;
}

export interface ArcDatum {
  /** Unique per arc: the pair and how its visitors travelled. */
  key: string;
  /** The origin–destination pair (`flowKey` in model/map-tables.ts). */
  pair: string;
  source: LngLat;
  target: LngLat;
  count: number;
  kind: ArcKind;
  origin: FlowOrigin;
  destination: MunicipalityCode;
  /** Where the origin's name goes (prefectures outside Nagasaki only). */
  label: LabelSide;
}

/**
 * Arcs drawn at most: past about a hundred they blur into one web and hide the presence
 * shading below; the legend says how many smaller ones were left out.
 */
export const MAX_ARCS = 80;

/** A pair's published visitors split by how they travelled, zero parts left out. */
export function splitByKind(f: ArcInput): Array<[ArcKind, number]> {
  if (f.count === null || f.count <= 0) return [];
  const by = new Map<ArcKind, number>();
  let named = 0;
  for (const mode of TRANSPORT_MODES) {
    const n = f.modes[mode] ?? 0;
    if (n <= 0) continue;
    named += n;
    by.set(kindOfMode(mode), (by.get(kindOfMode(mode)) ?? 0) + n);
  }
  if (f.count - named > 0) by.set('unknown', f.count - named);
  return ARC_KINDS.flatMap((k): Array<[ArcKind, number]> => {
    const n = by.get(k);
    return n === undefined ? [] : [[k, n]];
  });
}

/**
 * Published flows between two different places, one arc per way of travelling, biggest
 * first, capped at `MAX_ARCS`; drawn smallest first so big flows stay on top. Suppressed flows
 * have no count to draw: the legend counts them instead. Prefectures outside are laid out
 * together (anchors.ts), over every prefecture the day's flows name, so an origin keeps its
 * place while the cursor stays on the day.
 */
export function toArcs(flows: readonly ArcInput[]): {
  arcs: ArcDatum[];
  max: number;
  hidden: number;
  /** Published flows with no place to start from (origin somewhere in Nagasaki, say). */
  unplaced: number;
} {
  const places = layoutOrigins(
    flows.flatMap((f) => (f.origin.kind === 'prefecture' ? [f.origin.code] : [])),
  );
  const drawable: ArcDatum[] = [];
  let unplaced = 0;
  for (const f of flows) {
    if (f.count === null || f.count <= 0) continue;
    if (f.origin.kind === 'municipality' && f.origin.code === f.destination) continue;
    const source = anchorOf(f.origin, places);
    const target = destinationOf(f.destination);
    if (!source || !target) {
      unplaced += 1;
      continue;
    }
    const pair = `${f.origin.kind}:${f.origin.code}>${f.destination}`;
    for (const [kind, count] of splitByKind(f)) {
      drawable.push({
        key: `${pair}|${kind}`,
        pair,
        source: source.anchor,
        target,
        count,
        kind,
        origin: f.origin,
        destination: f.destination,
        label: source.label,
      });
    }
  }
  drawable.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const arcs = drawable.slice(0, MAX_ARCS).reverse();
  return {
    arcs,
    max: drawable[0]?.count ?? 0,
    hidden: Math.max(0, drawable.length - MAX_ARCS),
    unplaced,
  };
}
