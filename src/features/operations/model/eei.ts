/**
 * Shelter detail (EEI v1.1, contract §7) for a shelter desk: the filters it asks for, the
 * open shelters whose report has gone quiet, and male/female totals where reported. Pure
 * functions over joined live shelters; an EEI field that was not reported never counts as
 * "no" or 0.
 */
import type { ShelterFilter } from '../../../domain/eei';
import { spareOf } from '../../../domain/live';
import type { MunicipalityCode } from '../../../domain/types';
import { isOpenShelter, type LiveShelter } from './join';

/** 飲料水 as reported says it is short (不足, 欠乏, "short", "insufficient"…). */
const WATER_SHORT = /不足|欠乏|枯渇|足りない|short|insufficient|lack/i;

/** Whether a reported 飲料水 text means shortage; false when not reported. */
export const isWaterShort = (drinkingWater: string | undefined): boolean =>
  drinkingWater !== undefined && WATER_SHORT.test(drinkingWater);

/**
 * Room left: reported `open` (not full) with capacity above the headcount; without a
 * headcount, a reported congestion level below full (VACAN-style feeds).
 */
export function hasRoom(s: LiveShelter): boolean {
  const o = s.overlay;
  if (o.openingStatus !== 'open') return false;
  const spare = spareOf(o.openingStatus, s.capacity, o.evacueeTotal);
  if (spare !== undefined) return spare > 0;
  return (
    o.evacueeTotal === undefined && o.congestionLevel !== undefined && o.congestionLevel !== 'full'
  );
}

const TESTS: Readonly<Record<ShelterFilter, (s: LiveShelter) => boolean>> = {
  room: hasRoom,
  pets: (s) => s.overlay.eei?.petsAccepted === true,
  carSleep: (s) => s.overlay.eei?.carSleepersAllowed === true,
  waterShort: (s) => isWaterShort(s.overlay.eei?.drinkingWater),
  supplies: (s) => (s.overlay.eei?.suppliesNeeded?.length ?? 0) > 0,
};

/** Whether a shelter meets every chosen filter (none chosen: every shelter does). */
export const matchesShelterFilters = (s: LiveShelter, filters: readonly ShelterFilter[]): boolean =>
  filters.every((f) => TESTS[f](s));

/** The shelters meeting every chosen filter; the same array when none is chosen. */
export function filterShelters<T extends LiveShelter>(
  live: readonly T[],
  filters: readonly ShelterFilter[],
): readonly T[] {
  return filters.length === 0 ? live : live.filter((s) => matchesShelterFilters(s, filters));
}

export interface StaleReport {
  shelter: LiveShelter;
  /** now − the overlay's newest observedAt; undefined when the report carries no time. */
  ageMs?: number;
}

/**
 * Open shelters (open or full) whose report is older than `maxAgeMs` — the ones a
 * municipality must call. A report's age is its overlay's newest `observedAt`; an open shelter
 * whose report has no time at all is listed too (its age is unknown). Unknown ages first,
 * then the oldest first, then by key.
 */
export function staleReports(
  live: readonly LiveShelter[],
  now: number,
  maxAgeMs: number,
): StaleReport[] {
  const out: StaleReport[] = [];
  for (const shelter of live) {
    if (!isOpenShelter(shelter)) continue;
    const at = shelter.overlay.observedAt;
    if (at === undefined) out.push({ shelter });
    else if (now - at > maxAgeMs) out.push({ shelter, ageMs: now - at });
  }
  return out.sort(
    (a, b) =>
      (b.ageMs ?? Infinity) - (a.ageMs ?? Infinity) ||
      (a.shelter.key < b.shelter.key ? -1 : a.shelter.key > b.shelter.key ? 1 : 0),
  );
}

/** A sum over the shelters that reported it, with how many did. */
export interface ReportedSum {
  sum: number;
  shelters: number;
}

export interface SexTotals {
  code: MunicipalityCode;
  male: ReportedSum;
  female: ReportedSum;
  /** Shelters that are not closed (open, full or unknown): what "reported by n of m" is of. */
  shelters: number;
}

/**
 * Male and female evacuees per municipality where reported, over shelters that are not closed
 * (the rule the evacuee totals follow): each sum says how many shelters it comes from, so a
 * partial sum reads as one. Municipalities with at least one such shelter, by code.
 */
export function sexTotals(live: readonly LiveShelter[]): SexTotals[] {
  const by = new Map<MunicipalityCode, SexTotals>();
  for (const s of live) {
    if (s.overlay.openingStatus === 'closed') continue;
    let row = by.get(s.municipalityCode);
    if (!row) {
      row = {
        code: s.municipalityCode,
        male: { sum: 0, shelters: 0 },
        female: { sum: 0, shelters: 0 },
        shelters: 0,
      };
      by.set(s.municipalityCode, row);
    }
    row.shelters++;
    const { evacueeMale, evacueeFemale } = s.overlay.eei ?? {};
    if (evacueeMale !== undefined) {
      row.male.sum += evacueeMale;
      row.male.shelters++;
    }
    if (evacueeFemale !== undefined) {
      row.female.sum += evacueeFemale;
      row.female.shelters++;
    }
  }
  return [...by.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
