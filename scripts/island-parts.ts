/**
 * Classifies every polygon part of every municipality as Kyushu mainland or island, from the
 * TopoJSON topology alone.
 *
 * Rule: two parts are neighbours when they share a TopoJSON arc, i.e. a drawn land border.
 * A coastline is never shared, so an island (whole, or split off one municipality) has no
 * neighbour in another municipality. The mainland is the set of parts reachable through
 * shared borders from the largest part of 長崎市 and of 諫早市 (both certainly on Kyushu).
 * Everything else is an island, bridged or not (Hirado, Ikitsuki, Iojima count as islands:
 * evacuees there depend on the bridge or a ferry).
 */
import type { GeometryObject as AnyGeometry, Properties, Topology } from 'topojson-specification';

type GeometryObject = AnyGeometry<Properties>;

/** Municipalities whose largest part is on the Kyushu mainland, to seed the search. */
const MAINLAND_SEEDS = ['42201', '42204'];

export interface PartRef {
  code: string;
  /** Index of the polygon in the municipality's MultiPolygon, as written to the GeoJSON. */
  index: number;
}

interface TopoPart extends PartRef {
  arcs: number[][];
}

/** The polygons of one geometry object, in the order topojson-client decodes them. */
function polygonsOf(g: GeometryObject): number[][][] {
  if (g.type === 'Polygon') return [g.arcs];
  if (g.type === 'MultiPolygon') return g.arcs;
  return [];
}

function codeOf(g: GeometryObject, codeProperty: string): string {
  const props: Readonly<Record<string, unknown>> = g.properties ?? {};
  return String(props[codeProperty] ?? '');
}

function partsOf(topology: Topology, codeProperty: string): TopoPart[] {
  const parts: TopoPart[] = [];
  for (const object of Object.values(topology.objects)) {
    const geometries = object.type === 'GeometryCollection' ? object.geometries : [object];
    for (const g of geometries) {
      const code = codeOf(g, codeProperty);
      polygonsOf(g).forEach((arcs, index) => parts.push({ code, index, arcs }));
    }
  }
  return parts;
}

/** Part index → indices of parts that share at least one arc with it. */
function neighbours(parts: readonly TopoPart[]): Set<number>[] {
  const owners = new Map<number, number[]>();
  parts.forEach((part, pi) => {
    for (const ring of part.arcs) {
      for (const arc of ring) {
        // A negative index is the same arc walked backwards (~i).
        const key = arc < 0 ? ~arc : arc;
        const list = owners.get(key);
        if (list) list.push(pi);
        else owners.set(key, [pi]);
      }
    }
  });
  const adj = parts.map(() => new Set<number>());
  for (const list of owners.values()) {
    for (const a of list) for (const b of list) if (a !== b) adj[a]!.add(b);
  }
  return adj;
}

/**
 * @param codeProperty the geometry property holding the 5-digit code (N03_007)
 * @param areaOf area of a part (any unit), to find each seed municipality's largest part
 * @returns code → one flag per polygon part, `true` for an island part
 */
export function classifyIslandParts(
  topology: Topology,
  codeProperty: string,
  areaOf: (part: PartRef) => number,
): Map<string, boolean[]> {
  const parts = partsOf(topology, codeProperty);
  const adj = neighbours(parts);
  const mainland = new Set<number>();
  const queue: number[] = [];
  for (const seed of MAINLAND_SEEDS) {
    const candidates = parts.map((p, i) => ({ p, i })).filter(({ p }) => p.code === seed);
    const largest = candidates.sort((a, b) => areaOf(b.p) - areaOf(a.p))[0];
    if (!largest) throw new Error(`mainland seed ${seed} has no polygon`);
    queue.push(largest.i);
  }
  while (queue.length > 0) {
    const i = queue.pop()!;
    if (mainland.has(i)) continue;
    mainland.add(i);
    for (const j of adj[i]!) if (!mainland.has(j)) queue.push(j);
  }
  const out = new Map<string, boolean[]>();
  parts.forEach((p, i) => {
    const flags = out.get(p.code) ?? [];
    flags[p.index] = !mainland.has(i);
    out.set(p.code, flags);
  });
  return out;
}
