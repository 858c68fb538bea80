/**
 * Shelter detail (EEI v1.1, contract §7) in the drill: a seeded share of the real shelters
 * report EEI fields once open; their needs change as the storm goes on (water runs short,
 * supplies asked for pile up); and some of them stop reporting for hours (their whole overlay
 * freezes, so its observedAt stops advancing). Pure functions of (seed, plan, minute).
 */
import { DUPLICATE, INVALID_TWIN, OVER_CAPACITY, PREPARING } from './bad-data';
import { firstReportFrom } from './curve';
import { between, uniform } from './prng';
import type { ShelterPlan } from './shelter-plan';
import type { ShelterEei } from '../../src/domain/eei';

/** Share of the master shelters (planted cases excluded) that report EEI fields. */
export const EEI_SHARE = 0.4;
/** Share of the EEI reporters that go quiet for hours once during each cycle. */
export const STALE_SHARE = 0.2;
/** When a quiet spell starts (hours after opening) and how long it lasts (hours). */
export const STALE_START_HOURS = [2, 6] as const;
export const STALE_HOURS = [4, 9] as const;

/** Supplies a shelter may ask for, each from a seeded hour after opening. */
const SUPPLIES = ['毛布', '紙おむつ', '生理用品', '簡易トイレ', 'マスク', '常備薬'] as const;

const PLANTED: ReadonlySet<string> = new Set([
  OVER_CAPACITY.nationalShelterId,
  DUPLICATE.nationalShelterId,
  PREPARING.nationalShelterId,
  INVALID_TWIN.nationalShelterId,
]);

export interface EeiPlan {
  maleShare: number;
  /** Which optional items this shelter fills in at all (the rest are never reported). */
  reports: { sex: boolean; staff: boolean; living: boolean; parking: boolean };
  petsAccepted?: boolean;
  carSleepersAllowed?: boolean;
  parkingSpaces: number;
  toiletCount: number;
  /** Hours after opening when its water is reported short; undefined: never. */
  waterShortAfterHours?: number;
  /** Each item it asks for, from this many hours after opening. */
  supplies: ReadonlyArray<{ item: string; fromHours: number }>;
  /** Cycle minutes [from, until) during which the overlay repeats its report at `from`. */
  quiet?: { from: number; until: number };
}

const cache = new WeakMap<ShelterPlan, EeiPlan | null>();

function build(seed: number, plan: ShelterPlan): EeiPlan | null {
  const key = (what: string) => `eei:${what}:${plan.id}`;
  if (!plan.open || !plan.nationalShelterId || PLANTED.has(plan.nationalShelterId)) return null;
  // Planted and temporary shelters keep their documented behaviour.
  if (plan.force !== undefined || plan.externalShelterId !== undefined) return null;
  if (uniform(seed, key('share')) >= EEI_SHARE) return null;
  const yes = (what: string, share: number) => uniform(seed, key(what)) < share;
  const openAt = firstReportFrom(plan.open.minute, plan.phase);
  const closeAt = firstReportFrom(plan.closeMinute, plan.phase);
  let quiet: EeiPlan['quiet'];
  if (yes('stale', STALE_SHARE)) {
    const from = firstReportFrom(
      openAt + 60 * between(seed, key('staleFrom'), ...STALE_START_HOURS),
      plan.phase,
    );
    const until = Math.min(
      firstReportFrom(from + 60 * between(seed, key('staleFor'), ...STALE_HOURS), plan.phase),
      closeAt,
    );
    // Long enough to matter (over 3 hours), and it reports again before it closes.
    if (until - from > 180) quiet = { from, until };
  }
  return {
    maleShare: between(seed, key('male'), 0.44, 0.5),
    reports: {
      sex: yes('sex', 0.85),
      staff: yes('staff', 0.7),
      living: yes('living', 0.6),
      parking: yes('parking', 0.6),
    },
    ...(yes('petsReported', 0.75) ? { petsAccepted: yes('pets', 0.5) } : {}),
    ...(yes('carReported', 0.65) ? { carSleepersAllowed: yes('car', 0.4) } : {}),
    parkingSpaces: 5 * Math.round(between(seed, key('parkingN'), 0, 24)),
    toiletCount: Math.max(2, Math.round(plan.capacity / 25)),
    ...(yes('water', 0.45) ? { waterShortAfterHours: between(seed, key('waterAt'), 4, 12) } : {}),
    supplies: SUPPLIES.flatMap((item) =>
      yes(`asks:${item}`, 0.5)
        ? [{ item, fromHours: between(seed, key(`from:${item}`), 2, 16) }]
        : [],
    ).sort((a, b) => a.fromHours - b.fromHours),
    ...(quiet ? { quiet } : {}),
  };
}

/** The shelter's EEI plan, or undefined when it does not report EEI. Memoised per plan. */
export function eeiPlanOf(seed: number, plan: ShelterPlan): EeiPlan | undefined {
  let p = cache.get(plan);
  if (p === undefined) {
    p = build(seed, plan);
    cache.set(plan, p);
  }
  return p ?? undefined;
}

/**
 * The absolute storm minute whose state the overlay shows: `t`, or — during a quiet spell
 * (cycle minute in [from, until)) — the spell's first report, so nothing new goes out.
 */
export function reportedMinute(eei: EeiPlan | undefined, t: number, cycleMinute: number): number {
  const q = eei?.quiet;
  if (!q || cycleMinute < q.from || cycleMinute >= q.until) return t;
  return t - (cycleMinute - q.from);
}

/** EEI fields as flat primitives (lists and objects as JSON text, for the driver's diff). */
export type EeiState = Omit<ShelterEei, 'suppliesNeeded' | 'livingConditions'> & {
  suppliesNeeded?: string;
  livingConditions?: string;
};

/**
 * What the shelter reports at cycle minute `minute` (its status and headcount given). Nothing
 * before its first opening; after closing, what it said when it closed (merge-upserts keep it).
 */
export function eeiAt(
  eei: EeiPlan,
  plan: ShelterPlan,
  minute: number,
  cycle: number,
  status: string,
  evacuees: number,
): EeiState {
  const openAt = firstReportFrom(plan.open?.minute ?? Infinity, plan.phase);
  const closeAt = firstReportFrom(plan.closeMinute, plan.phase);
  if (minute < openAt && cycle === 0) return {};
  const at = minute < openAt ? closeAt : Math.min(minute, closeAt);
  const hours = (at - openAt) / 60;
  const waterShort = eei.waterShortAfterHours !== undefined && hours >= eei.waterShortAfterHours;
  const supplies = eei.supplies.filter((s) => hours >= s.fromHours).map((s) => s.item);
  if (waterShort) supplies.push('飲料水');
  const male = Math.round(evacuees * eei.maleShare);
  const ratio = evacuees / plan.capacity;
  return {
    ...(eei.reports.sex ? { evacueeMale: male, evacueeFemale: evacuees - male } : {}),
    openingReason:
      plan.open?.level === 3 ? '高齢者等避難の発令に伴う開設' : '避難指示の発令に伴う開設',
    capacityStatus:
      status === 'closed'
        ? '閉鎖'
        : status === 'full'
          ? '満員'
          : ratio >= 0.8
            ? '残りわずか'
            : '受入可能',
    ...(eei.reports.staff
      ? {
          staffNeeded:
            hours < 6 ? 'なし' : evacuees >= 50 ? '保健師 1名、運営要員 2名' : '運営要員 1名',
        }
      : {}),
    drinkingWater: waterShort ? '不足' : '充足',
    toiletCount: eei.toiletCount,
    suppliesNeeded: JSON.stringify(supplies),
    ...(eei.reports.living
      ? {
          livingConditions: JSON.stringify({
            space: plan.capacity >= 200 ? '体育館（1人あたり約2m²）' : '和室・集会室',
            beds: hours >= 8 ? '段ボールベッド' : 'なし',
            bathing: '不可',
            laundry: hours >= 24 ? '可' : '不可',
            blankets: supplies.includes('毛布') ? '不足' : '充足',
          }),
        }
      : {}),
    ...(eei.petsAccepted !== undefined ? { petsAccepted: eei.petsAccepted } : {}),
    ...(eei.carSleepersAllowed !== undefined ? { carSleepersAllowed: eei.carSleepersAllowed } : {}),
    ...(eei.reports.parking ? { parkingSpaces: eei.parkingSpaces } : {}),
  };
}
