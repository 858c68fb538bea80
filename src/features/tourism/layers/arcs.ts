/** Flow aggregates to drawable arcs: pure, so the choice of what is drawn is tested. */
import type { FlowOrigin } from '../../../domain/tourism';
import type { LngLat, MunicipalityCode } from '../../../domain/types';
import { anchorOf, destinationOf } from './anchors';

/** What the arc layer needs of a flow aggregate (src/features/tourism/model/flows.ts). */
export interface ArcInput {
  origin: FlowOrigin;
  destination: MunicipalityCode;
  count: number | null;
  seaCrossing: boolean;
}

export interface ArcDatum {
  key: string;
  source: LngLat;
  target: LngLat;
  count: number;
  sea: boolean;
  origin: FlowOrigin;
  destination: MunicipalityCode;
}

/**
 * Arcs drawn at most: past about a hundred they blur into one web and hide the presence
 * shading below; the legend says how many smaller ones were left out.
 */
export const MAX_ARCS = 80;

/**
 * Published flows between two different places, biggest first, capped at `MAX_ARCS`; drawn
 * smallest first so big flows stay on top. Suppressed flows have no count to draw: the
 * legend counts them instead.
 */
export function toArcs(flows: readonly ArcInput[]): {
  arcs: ArcDatum[];
  max: number;
  hidden: number;
  /** Published flows with no place to start from (origin somewhere in Nagasaki, say). */
  unplaced: number;
} {
  const drawable: ArcDatum[] = [];
  let unplaced = 0;
  for (const f of flows) {
    if (f.count === null || f.count <= 0) continue;
    if (f.origin.kind === 'municipality' && f.origin.code === f.destination) continue;
    const source = anchorOf(f.origin);
    const target = destinationOf(f.destination);
    if (!source || !target) {
      unplaced += 1;
      continue;
    }
    drawable.push({
      key: `${f.origin.kind}:${f.origin.code}>${f.destination}`,
      source,
      target,
      count: f.count,
      sea: f.seaCrossing,
      origin: f.origin,
      destination: f.destination,
    });
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
