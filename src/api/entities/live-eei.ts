/**
 * The EEI v1.1 attributes of an `EvacuationShelter` (contract §7), read once at the boundary.
 * Each is optional; a broken one is dropped with a note (like the overlay's other optional
 * fields) and never becomes "no" or 0, and never costs the shelter.
 */
import { z } from 'zod';
import {
  EEI_FIELDS,
  LIVING_CONDITION_KEYS,
  type EeiField,
  type LivingConditions,
  type ShelterEei,
} from '../../domain/eei';
import { displayText, nonNegativeInt } from './fields';

/** The attribute names to read from an entity. */
export const EEI_ATTRS: readonly string[] = EEI_FIELDS;

const text = displayText(200);
const item = displayText(100);

/** 居住環境: the five known keys, each short text; other keys are ignored; at least one. */
const livingConditions = z
  .object(Object.fromEntries(LIVING_CONDITION_KEYS.map((k) => [k, item.optional()])))
  .transform((o): LivingConditions => {
    const out: LivingConditions = {};
    for (const k of LIVING_CONDITION_KEYS) {
      const v = o[k];
      if (typeof v === 'string') out[k] = v;
    }
    return out;
  })
  .refine((o) => Object.keys(o).length > 0, { message: 'empty' });

type Schemas = { [K in EeiField]-?: z.ZodType<NonNullable<ShelterEei[K]>> };

const SCHEMAS: Schemas = {
  evacueeMale: nonNegativeInt,
  evacueeFemale: nonNegativeInt,
  openingReason: text,
  capacityStatus: text,
  staffNeeded: text,
  drinkingWater: item,
  toiletCount: nonNegativeInt,
  // An empty list is a report ("nothing needed"), unlike an absent one.
  suppliesNeeded: z.array(item).max(100, { message: 'more than 100 items' }),
  livingConditions,
  petsAccepted: z.boolean(),
  carSleepersAllowed: z.boolean(),
  parkingSpaces: nonNegativeInt,
};

const copy = <K extends EeiField>(to: ShelterEei, from: ShelterEei, key: K) => {
  to[key] = from[key];
};

/** Reads one optional field leniently (live-fields `soft`, bound to the entity). */
export type SoftRead = <T>(schema: z.ZodType<T>, name: string) => T | undefined;

/** The reported, readable EEI fields; undefined when there are none. */
export function readEei(read: SoftRead): ShelterEei | undefined {
  const s = SCHEMAS;
  const eei: ShelterEei = {
    evacueeMale: read(s.evacueeMale, 'evacueeMale'),
    evacueeFemale: read(s.evacueeFemale, 'evacueeFemale'),
    openingReason: read(s.openingReason, 'openingReason'),
    capacityStatus: read(s.capacityStatus, 'capacityStatus'),
    staffNeeded: read(s.staffNeeded, 'staffNeeded'),
    drinkingWater: read(s.drinkingWater, 'drinkingWater'),
    toiletCount: read(s.toiletCount, 'toiletCount'),
    suppliesNeeded: read(s.suppliesNeeded, 'suppliesNeeded'),
    livingConditions: read(s.livingConditions, 'livingConditions'),
    petsAccepted: read(s.petsAccepted, 'petsAccepted'),
    carSleepersAllowed: read(s.carSleepersAllowed, 'carSleepersAllowed'),
    parkingSpaces: read(s.parkingSpaces, 'parkingSpaces'),
  };
  // Not reported stays absent: no key at all, never an explicit undefined.
  const out: ShelterEei = {};
  for (const field of EEI_FIELDS) if (eei[field] !== undefined) copy(out, eei, field);
  return Object.keys(out).length > 0 ? out : undefined;
}
