import type { AlertLevel, EvacuationInfo } from '../../domain/live';
import type { MunicipalityCode } from '../../domain/types';
import { valuesOf, type FlatEntityLike } from './flat';
import { readHazards } from './live-event';
import { soft, type PlainRead } from './live-fields';
import type { EntityParse } from './entity-parse';
import { fail, Invalid, skipped } from './invalid';
import {
  boundedText,
  dateTimeField,
  displayTextField,
  municipalityField,
  nonNegativeInteger,
  present,
  entityId,
  ID_MAX,
} from './plain-fields';

/** The wording in use since May 2021 (Cabinet Office); only a fallback for a missing label. */
export const STANDARD_LEVEL_LABELS: Readonly<Record<AlertLevel, string>> = {
  3: '高齢者等避難',
  4: '避難指示',
  5: '緊急安全確保',
};

const LABEL_MAX = 100;
const AREA_MAX = 300;

const notMunicipality = () => 'not a Nagasaki municipality code';

// Levels 1 and 2 are JMA advisories, not 避難情報: a municipality never issues them.
const levelOf = (v: unknown): AlertLevel =>
  v === 3 || v === 4 || v === 5 ? v : fail('alertLevel', 'not 3, 4 or 5');

const ATTRS = [
  'localGovernmentCode',
  'alertLevel',
  'alertLabel',
  'hazardTypes',
  'targetArea',
  'targetHouseholds',
  'targetPersons',
  'issuedAt',
  'liftedAt',
  'project',
];

const areaText: PlainRead<string> = (field, v) => displayTextField(field, v, AREA_MAX);
const eventRef: PlainRead<string> = (field, v) => boundedText(field, v, ID_MAX);

function readLabel(
  values: Readonly<Record<string, unknown>>,
  level: AlertLevel,
  warnings: string[],
): string {
  const given = values['alertLabel'];
  let why = 'missing';
  if (given !== undefined) {
    try {
      return displayTextField('alertLabel', given, LABEL_MAX);
    } catch (e) {
      if (!(e instanceof Invalid)) throw e;
      why = e.message;
    }
  }
  warnings.push(`alertLabel: ${why}, standard wording used`);
  return STANDARD_LEVEL_LABELS[level];
}

/**
 * One `EvacuationInformation`. Skipped without a municipality, a level of 3–5 or an issue
 * time; a missing label gets the standard wording (an order must not vanish over wording).
 * A broken `liftedAt` is dropped, which keeps the order in force: the safer error.
 */
export function parseEvacuationInformation(entity: FlatEntityLike): EntityParse<EvacuationInfo> {
  const values = valuesOf(entity, ATTRS);
  let head: { id: string; code: MunicipalityCode; level: AlertLevel; issuedAt: number };
  try {
    head = {
      id: entityId(entity),
      // `values` holds what `valueOf` reads (absent: undefined): each attribute read once.
      code: municipalityField(
        'localGovernmentCode',
        present('localGovernmentCode', values['localGovernmentCode']),
        notMunicipality,
      ),
      level: levelOf(present('alertLevel', values['alertLevel'])),
      issuedAt: dateTimeField('issuedAt', present('issuedAt', values['issuedAt'])),
    };
  } catch (e) {
    return skipped(e);
  }
  const warnings: string[] = [];
  const d = head;
  const label = readLabel(values, d.level, warnings);
  const hazardTypes = readHazards(values, warnings);
  const targetArea = soft(areaText, values, 'targetArea', warnings);
  const targetHouseholds = soft(nonNegativeInteger, values, 'targetHouseholds', warnings);
  const targetPersons = soft(nonNegativeInteger, values, 'targetPersons', warnings);
  const liftedAt = soft(dateTimeField, values, 'liftedAt', warnings);
  const eventId = soft(eventRef, values, 'project', warnings);
  const value: EvacuationInfo = {
    id: d.id,
    municipalityCode: d.code,
    level: d.level,
    label,
    hazardTypes,
    issuedAt: d.issuedAt,
  };
  // Assigned, not spread in: the same members in the same order, without an object for each.
  if (targetArea !== undefined) value.targetArea = targetArea;
  if (targetHouseholds !== undefined) value.targetHouseholds = targetHouseholds;
  if (targetPersons !== undefined) value.targetPersons = targetPersons;
  if (liftedAt !== undefined) value.liftedAt = liftedAt;
  if (eventId !== undefined) value.eventId = eventId;
  return { ok: true, warnings, value };
}
