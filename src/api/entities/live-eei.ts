/**
 * The EEI v1.1 attributes of an `EvacuationShelter` (contract §7), read once at the boundary.
 * Each is optional; a broken one is dropped with a note (like the overlay's other optional
 * fields) and never becomes "no" or 0, and never costs the shelter.
 */
import {
  EEI_FIELDS,
  LIVING_CONDITION_KEYS,
  type EeiField,
  type LivingConditions,
  type ShelterEei,
} from '../../domain/eei';
import { isRecord } from '../ngsi/representation/record';
import { fail } from './invalid';
import type { PlainRead } from './live-fields';
import { displayTextField, nonNegativeInteger } from './plain-fields';

const TEXT_MAX = 200;
const ITEM_MAX = 100;
const SUPPLIES_MAX = 100;

const text: PlainRead<string> = (field, v) => displayTextField(field, v, TEXT_MAX);
const item: PlainRead<string> = (field, v) => displayTextField(field, v, ITEM_MAX);

/** 居住環境: the five known keys, each short text; other keys are ignored; at least one. */
const livingConditions: PlainRead<LivingConditions> = (field, v) => {
  if (!isRecord(v)) return fail(field, 'not an object');
  const out: LivingConditions = {};
  for (const k of LIVING_CONDITION_KEYS) {
    const given = v[k];
    if (given !== undefined) out[k] = item(`${field}.${k}`, given);
  }
  return Object.keys(out).length > 0 ? out : fail(field, 'empty');
};

// An empty list is a report ("nothing needed"), unlike an absent one.
const supplies: PlainRead<string[]> = (field, v) => {
  if (!Array.isArray(v)) return fail(field, 'not an array');
  const list = v.map((x: unknown, i) => item(`${field}.${i}`, x));
  return list.length > SUPPLIES_MAX ? fail(field, `more than ${SUPPLIES_MAX} items`) : list;
};

const flag: PlainRead<boolean> = (field, v) =>
  typeof v === 'boolean' ? v : fail(field, 'not a boolean');

/** A reader for every EEI field, typed by the field's value. */
type Readers = { [K in EeiField]: PlainRead<NonNullable<ShelterEei[K]>> };

const READERS: Readers = {
  evacueeMale: nonNegativeInteger,
  evacueeFemale: nonNegativeInteger,
  openingReason: text,
  capacityStatus: text,
  staffNeeded: text,
  drinkingWater: item,
  toiletCount: nonNegativeInteger,
  suppliesNeeded: supplies,
  livingConditions,
  petsAccepted: flag,
  carSleepersAllowed: flag,
  parkingSpaces: nonNegativeInteger,
};

/** Reads one optional field of an entity leniently (live-fields `SoftFields`). */
export interface SoftReader {
  read<T>(check: PlainRead<T>, name: string): T | undefined;
}

/** One field into `out` when reported and readable (never an explicit undefined); whether it was. */
function readInto<K extends EeiField>(out: ShelterEei, fields: SoftReader, key: K): boolean {
  const reader: Readers[K] = READERS[key];
  const v = fields.read(reader, key);
  if (v === undefined) return false;
  out[key] = v;
  return true;
}

/** The reported, readable EEI fields; undefined when there are none. */
export function readEei(fields: SoftReader): ShelterEei | undefined {
  const out: ShelterEei = {};
  let any = false;
  for (const field of EEI_FIELDS) any = readInto(out, fields, field) || any;
  return any ? out : undefined;
}
