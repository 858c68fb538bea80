/**
 * Joins the live overlay (EvacuationShelter) to the 指定避難所 masters. The join key is the
 * GSI 共通ID (`nationalShelterId`, exact 14 characters), the ID SOBO-WEB uses as well.
 */
import type { OccupancyBands } from '../../../config/schema';
import type { OccupancyBand, ShelterOverlay } from '../../../domain/live';
import type { DesignatedShelter, LngLat, MunicipalityCode } from '../../../domain/types';
import { bandOf } from './bands';
import { notDesignatedForHazard, type HazardContext } from './hazard';

/**
 * A master that may also carry a municipal shelter ID. GSI masters have none, so overlays
 * known only by `externalShelterId` stay unmatched until a municipal master supplies one.
 */
export type JoinableMaster = DesignatedShelter & { externalShelterId?: string };

export interface LiveShelterFlags {
  /** More evacuees than `overCapacityPercent` % of capacity: a count to double-check. */
  overCapacity: boolean;
  /** Open, yet no emergency-site designation of the facility covers an active hazard. */
  notDesignatedForHazard?: boolean;
}

export interface LiveShelter {
  /** The 共通ID; `ext:{municipality}:{externalShelterId}` for an overlay without one. */
  key: string;
  master?: JoinableMaster;
  overlay: ShelterOverlay;
  /** The overlay's (reporting) municipality. */
  municipalityCode: MunicipalityCode;
  /** From the master: an unmatched overlay has none and is not drawn, only counted. */
  location?: LngLat;
  /** `overlay.maxCapacity ?? master.maxCapacity`. */
  capacity?: number;
  /** evacueeTotal / capacity (1 = full to capacity), when both are known and capacity > 0. */
  occupancy?: number;
  band: OccupancyBand;
  flags: LiveShelterFlags;
}

export interface JoinOptions {
  bands: OccupancyBands;
  overCapacityPercent: number;
  /** Without it (or with no active hazard) `notDesignatedForHazard` is left out. */
  hazard?: HazardContext;
}

export interface JoinResult {
  /** One per shelter, matched or not, sorted by key: the input of the aggregates. */
  live: LiveShelter[];
  /** The overlays (duplicate losers excluded) that matched no master: counted, not drawn. */
  unmatched: ShelterOverlay[];
  /** Overlays dropped because another overlay for the same shelter was newer. */
  duplicates: number;
}

const externalKey = (code: MunicipalityCode, externalId: string) => `ext:${code}:${externalId}`;

function indexMasters(shelters: readonly JoinableMaster[]) {
  const byNational = new Map<string, JoinableMaster>();
  const byExternal = new Map<string, JoinableMaster>();
  for (const m of shelters) {
    if (!byNational.has(m.nationalShelterId)) byNational.set(m.nationalShelterId, m);
    const key = m.externalShelterId && externalKey(m.municipalityCode, m.externalShelterId);
    if (key && !byExternal.has(key)) byExternal.set(key, m);
  }
  return { byNational, byExternal };
}

/** Newer observedAt wins; an overlay without one is older than any; ties go to the smaller id. */
function newer(a: ShelterOverlay, b: ShelterOverlay): boolean {
  const ta = a.observedAt ?? -Infinity;
  const tb = b.observedAt ?? -Infinity;
  return ta !== tb ? ta > tb : a.id < b.id;
}

function toLive(
  key: string,
  overlay: ShelterOverlay,
  master: JoinableMaster | undefined,
  opts: JoinOptions,
): LiveShelter {
  const capacity = overlay.maxCapacity ?? master?.maxCapacity;
  const people = overlay.evacueeTotal;
  const known = people !== undefined && capacity !== undefined;
  const band = bandOf(
    {
      status: overlay.openingStatus,
      ...(people !== undefined && { evacueeTotal: people }),
      ...(capacity !== undefined && { capacity }),
      ...(overlay.congestionLevel !== undefined && { congestionLevel: overlay.congestionLevel }),
    },
    opts.bands,
  );
  const hazardFlag = opts.hazard && notDesignatedForHazard(overlay, opts.hazard);
  return {
    key,
    overlay,
    municipalityCode: overlay.municipalityCode,
    band,
    flags: {
      overCapacity: known && people * 100 > opts.overCapacityPercent * capacity,
      ...(hazardFlag !== undefined && { notDesignatedForHazard: hazardFlag }),
    },
    ...(master && { master, location: master.location }),
    ...(capacity !== undefined && { capacity }),
    ...(known && capacity > 0 && { occupancy: people / capacity }),
  };
}

export function joinOverlays(
  shelters: readonly JoinableMaster[],
  overlays: readonly ShelterOverlay[],
  opts: JoinOptions,
): JoinResult {
  const { byNational, byExternal } = indexMasters(shelters);
  const chosen = new Map<string, { overlay: ShelterOverlay; master?: JoinableMaster }>();
  let duplicates = 0;
  for (const overlay of overlays) {
    const ext = overlay.externalShelterId;
    const extKey = ext === undefined ? undefined : externalKey(overlay.municipalityCode, ext);
    const master =
      (overlay.nationalShelterId === undefined
        ? undefined
        : byNational.get(overlay.nationalShelterId)) ??
      (extKey === undefined ? undefined : byExternal.get(extKey));
    // Parsing guarantees a 共通ID or an external ID with a municipality.
    const key = master?.nationalShelterId ?? overlay.nationalShelterId ?? extKey;
    if (key === undefined) continue;
    const seen = chosen.get(key);
    if (seen) duplicates += 1;
    if (!seen || newer(overlay, seen.overlay))
      chosen.set(key, { overlay, ...(master && { master }) });
  }
  const keys = [...chosen.keys()].sort();
  const live = keys.map((key) => {
    const { overlay, master } = chosen.get(key)!;
    return toLive(key, overlay, master, opts);
  });
  const unmatched = live.filter((l) => !l.master).map((l) => l.overlay);
  return { live, unmatched, duplicates };
}
