/**
 * Joins the live overlay (EvacuationShelter) to the 指定避難所 masters. The join key is the
 * GSI 共通ID (`nationalShelterId`, exact 14 characters), the ID SOBO-WEB uses as well.
 */
import { isOpenStatus } from '../../../domain/live';
import type { OccupancyBands } from '../../../config/schema';
import type { CongestionLevel, OccupancyBand, ShelterOverlay } from '../../../domain/live';
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

/** An open (or reported full) shelter: the domain's rule on its report's status. */
export const isOpenShelter = (s: LiveShelter): boolean => isOpenStatus(s.overlay.openingStatus);

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
  /**
   * The band the numbers alone give, whatever the declared status: headcount ÷ capacity
   * against the thresholds, else the congestion level reported; absent with neither. A shelter
   * reported `full` at 60 % has `band` full and `measuredBand` somewhatCrowded.
   */
  measuredBand?: CongestionLevel;
  flags: LiveShelterFlags;
}

export interface JoinOptions {
  bands: OccupancyBands;
  overCapacityPercent: number;
  /** Without it (or with no active hazard) `notDesignatedForHazard` is left out. */
  hazard?: HazardContext;
}

/** Why the kept report won over another report of the same shelter (see `preferred`). */
export type KeepReason = 'valid' | 'newer' | 'moreComplete' | 'smallerId';

export interface SetAsideReport {
  id: string;
  observedAt?: number;
  /** Its broken attributes, when it was invalid. */
  invalidFields?: string[];
  /** What the kept report had over this one. */
  reason: KeepReason;
}

/** One shelter named by several reports: the one kept and those set aside, and why. */
export interface DuplicateChoice {
  key: string;
  municipalityCode: MunicipalityCode;
  /** The master's name, when the shelter matched one. */
  name?: string;
  kept: { id: string; observedAt?: number };
  setAside: SetAsideReport[];
}

export interface JoinResult {
  /** One per shelter, matched or not, sorted by key: the input of the aggregates. */
  live: LiveShelter[];
  /** The overlays (duplicate losers excluded) that matched no master: counted, not drawn. */
  unmatched: ShelterOverlay[];
  /** Reports set aside because another report of the same shelter was preferred. */
  duplicates: number;
  /** Per shelter with more than one report, sorted by key: what was kept and why. */
  duplicateChoices: DuplicateChoice[];
  /** The occupancy thresholds the bands were computed with (for labels). */
  bands: OccupancyBands;
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

const isValid = (o: ShelterOverlay) => o.invalidFields === undefined;

/** How much of what the totals and the map use a report carries. */
const completeness = (o: ShelterOverlay) =>
  (o.openingStatus === 'unknown' ? 0 : 1) +
  [o.evacueeTotal, o.evacueeHouseholds, o.maxCapacity, o.congestionLevel].filter(
    (v) => v !== undefined,
  ).length;

/**
 * Which of two reports of one shelter to keep: the reason `a` wins over `b`, or undefined
 * when `b` wins. First rule that tells them apart:
 * 1. A valid report beats an invalid one, whatever their observedAt. Contract §4 makes an
 *    entity with a broken field (a negative count, say) invalid: a strictly conforming client
 *    skips it, so it never hides an older valid report there. This dashboard keeps such a
 *    report only so that a shelter nobody else reports on is not lost; letting it displace a
 *    valid report would drop people from the totals (its broken count counts as none), and
 *    when two feeds report the same shelter alternately the totals would swing poll by poll.
 *    The price, an older datum shown instead, is visible: the duplicate note names both
 *    reports and their times, and the shelter card shows the datum's time.
 * 2. The newer observedAt (a report without one is older than any).
 * 3. The more complete report (known status, headcount, households, capacity, congestion).
 * 4. The smaller id, so the choice never depends on the order the broker lists them in.
 */
export function preferred(a: ShelterOverlay, b: ShelterOverlay): KeepReason | undefined {
  if (isValid(a) !== isValid(b)) return isValid(a) ? 'valid' : undefined;
  const ta = a.observedAt ?? -Infinity;
  const tb = b.observedAt ?? -Infinity;
  if (ta !== tb) return ta > tb ? 'newer' : undefined;
  const ca = completeness(a);
  const cb = completeness(b);
  if (ca !== cb) return ca > cb ? 'moreComplete' : undefined;
  return a.id < b.id ? 'smallerId' : undefined;
}

function setAside(o: ShelterOverlay, reason: KeepReason): SetAsideReport {
  return {
    id: o.id,
    reason,
    ...(o.observedAt !== undefined && { observedAt: o.observedAt }),
    ...(o.invalidFields && { invalidFields: o.invalidFields }),
  };
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
  const numbers = {
    ...(people !== undefined && { evacueeTotal: people }),
    ...(capacity !== undefined && { capacity }),
    ...(overlay.congestionLevel !== undefined && { congestionLevel: overlay.congestionLevel }),
  };
  const band = bandOf({ status: overlay.openingStatus, ...numbers }, opts.bands);
  // As if open: the declared status set aside, only the numbers speak.
  const measured = bandOf({ status: 'open', ...numbers }, opts.bands);
  const hazardFlag = opts.hazard && notDesignatedForHazard(overlay, opts.hazard);
  return {
    key,
    overlay,
    municipalityCode: overlay.municipalityCode,
    band,
    ...(measured !== 'unknown' && measured !== 'closed' && { measuredBand: measured }),
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
  const all = new Map<string, ShelterOverlay[]>();
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
    if (seen) all.get(key)!.push(overlay);
    else all.set(key, [overlay]);
    if (!seen || preferred(overlay, seen.overlay) !== undefined)
      chosen.set(key, { overlay, ...(master && { master }) });
  }
  const keys = [...chosen.keys()].sort();
  const live = keys.map((key) => {
    const { overlay, master } = chosen.get(key)!;
    return toLive(key, overlay, master, opts);
  });
  const unmatched = live.filter((l) => !l.master).map((l) => l.overlay);
  const duplicateChoices = live.flatMap((l): DuplicateChoice[] => {
    const reports = all.get(l.key)!;
    if (reports.length < 2) return [];
    const kept = l.overlay;
    return [
      {
        key: l.key,
        municipalityCode: l.municipalityCode,
        ...(l.master && { name: l.master.name }),
        kept: {
          id: kept.id,
          ...(kept.observedAt !== undefined && { observedAt: kept.observedAt }),
        },
        setAside: reports
          .filter((o) => o !== kept)
          .sort((a, b) => (a.id < b.id ? -1 : 1))
          .map((o) => setAside(o, preferred(kept, o) ?? 'smallerId')),
      },
    ];
  });
  const duplicates = duplicateChoices.reduce((n, d) => n + d.setAside.length, 0);
  return { live, unmatched, duplicates, duplicateChoices, bands: opts.bands };
}
