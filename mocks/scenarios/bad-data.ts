/**
 * Realistic bad data planted in the drill (on by default, `badData: false` turns it off).
 * Fixed shelters, not seeded, so tests and the README can name them.
 */
import type { OverlayState } from './overlay';
import type { PlanInput } from './shelter-plan';

export const OVERLAY_ID_PREFIX = 'urn:ngsi-ld:EvacuationShelter:';

/**
 * 園田町公民館 (長崎市): its headcount is sent with an extra zero (×10) while open; its real
 * headcount peaks at 60 % of capacity, so the report is about 6× capacity at the peak.
 */
export const OVER_CAPACITY = { nationalShelterId: 'E4220100499111', factor: 10 } as const;

/**
 * 南長崎小学校 (長崎市) is also sent by a legacy feed under another id. That feed froze 4 hours
 * minutes after the shelter first opened in the first cycle and never updated again, so the
 * copy always has an older observedAt than the real overlay.
 */
export const DUPLICATE = {
  nationalShelterId: 'E4220100018111',
  id: `${OVERLAY_ID_PREFIX}legacy-422011-00018`,
  freezeAfterOpenMinutes: 240,
} as const;

/**
 * 上長崎小学校 (長崎市) is also republished by a municipal relay under its own id, at the same
 * instant (same report, so the same observedAt), by a converter that flips the sign of the
 * headcount: `evacueeTotal` is negative, which makes the entity invalid (contract §4). The
 * relay's id sorts before the real overlay's, so a client that breaks the tie by id keeps the
 * broken report and loses the shelter's evacuees. Planted in `typhoon` only (VACAN feeds send
 * no headcount).
 */
export const INVALID_TWIN = {
  nationalShelterId: 'E4220100057111',
  id: `${OVERLAY_ID_PREFIX}0-relay-422011-00057`,
} as const;

/** The relay's copy of a state: the planted shelter's report with the headcount negated. */
export function invalidTwinOf(state: OverlayState): OverlayState | undefined {
  if (state.id !== `${OVERLAY_ID_PREFIX}${INVALID_TWIN.nationalShelterId}`) return undefined;
  if (state.evacueeTotal === undefined) return undefined;
  // 0 stays 0 (JSON has no −0): while nobody is there the copy is valid and says the same.
  return { ...state, id: INVALID_TWIN.id, evacueeTotal: 0 - state.evacueeTotal };
}

/**
 * 金田小学校体育館 (対馬市) reports openingStatus "preparing" (開設準備中), a value outside the
 * contract's enum, from 10 minutes after 対馬市's level 3 until it opens 30 minutes after
 * level 4.
 */
export const PREPARING = {
  nationalShelterId: 'E4220900006111',
  status: 'preparing',
  label: '開設準備中',
  fromMinutesAfterLevel3: 10,
} as const;

/**
 * Three temporary shelters a municipality opened on its own: well-formed 共通IDs (serial
 * 99001) that match no master, with their own capacity. They open 60 minutes after their
 * municipality's level 4 and fill to 70 %.
 */
const temporary = (
  nationalShelterId: string,
  externalShelterId: string,
  code6: string,
  capacity: number,
): PlanInput => ({
  id: `${OVERLAY_ID_PREFIX}${nationalShelterId}`,
  nationalShelterId,
  externalShelterId,
  code5: code6.slice(0, 5),
  code6,
  name: '臨時避難所',
  welfare: false,
  capacity,
  force: { level: 4, delayMinutes: 60, peakShare: 0.7 },
});

export const TEMPORARY: readonly PlanInput[] = [
  temporary('E4220199001111', 'NGS-TMP-001', '422011', 150), // 長崎市
  temporary('E4220299001111', 'SSB-TMP-001', '422029', 100), // 佐世保市
  temporary('E4221199001111', 'GOT-TMP-001', '422118', 60), // 五島市
];

/** The opening the planted shelters are forced to, so each case shows during the drill. */
export const FORCED_OPENING: Readonly<Record<string, NonNullable<PlanInput['force']>>> = {
  [OVER_CAPACITY.nationalShelterId]: { level: 3, delayMinutes: 20, peakShare: 0.6 },
  [DUPLICATE.nationalShelterId]: { level: 3, delayMinutes: 15 },
  [PREPARING.nationalShelterId]: { level: 4, delayMinutes: 30 },
};
