/**
 * Shelter detail under the Cabinet Office's 災害対応基本共有情報 (EEI) v1.1 (contract §7): the
 * optional attributes an `EvacuationShelter` report may carry beyond §2.2. A field that is
 * absent was *not reported*: never read it as "no" or 0.
 */

/** 居住環境: each a short text as reported. */
export const LIVING_CONDITION_KEYS = ['space', 'beds', 'bathing', 'laundry', 'blankets'] as const;
export type LivingConditionKey = (typeof LIVING_CONDITION_KEYS)[number];
export type LivingConditions = Partial<Record<LivingConditionKey, string>>;

/** The EEI attributes of one report, each present only when reported (and readable). */
export interface ShelterEei {
  evacueeMale?: number;
  evacueeFemale?: number;
  openingReason?: string;
  capacityStatus?: string;
  staffNeeded?: string;
  drinkingWater?: string;
  toiletCount?: number;
  suppliesNeeded?: string[];
  livingConditions?: LivingConditions;
  petsAccepted?: boolean;
  carSleepersAllowed?: boolean;
  parkingSpaces?: number;
}

/** The attributes in EEI v1.1 order (contract §7), the order of the card and the CSV. */
export const EEI_FIELDS = [
  'evacueeMale',
  'evacueeFemale',
  'openingReason',
  'capacityStatus',
  'staffNeeded',
  'drinkingWater',
  'toiletCount',
  'suppliesNeeded',
  'livingConditions',
  'petsAccepted',
  'carSleepersAllowed',
  'parkingSpaces',
] as const satisfies readonly (keyof ShelterEei)[];
export type EeiField = (typeof EEI_FIELDS)[number];

/** What a shelter desk filters live shelters by (all chosen must hold). */
export const SHELTER_FILTERS = ['room', 'pets', 'carSleep', 'waterShort', 'supplies'] as const;
export type ShelterFilter = (typeof SHELTER_FILTERS)[number];

export const isShelterFilter = (v: string): v is ShelterFilter =>
  (SHELTER_FILTERS as readonly string[]).includes(v);
