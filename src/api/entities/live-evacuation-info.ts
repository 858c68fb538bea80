import { z } from 'zod';
import type { AlertLevel, EvacuationInfo } from '../../domain/live';
import { displayText, municipalityCode, nonNegativeInt } from './fields';
import { valuesOf, type FlatEntityLike } from './flat';
import { readHazards } from './live-event';
import { dateTimeMs, issueText, soft } from './live-fields';
import { reasonOf, type EntityParse } from './entity-parse';

/** The wording in use since May 2021 (Cabinet Office); only a fallback for a missing label. */
export const STANDARD_LEVEL_LABELS: Readonly<Record<AlertLevel, string>> = {
  3: '高齢者等避難',
  4: '避難指示',
  5: '緊急安全確保',
};

const infoSchema = z.object({
  id: z.string().min(1).max(512),
  localGovernmentCode: municipalityCode,
  // Levels 1 and 2 are JMA advisories, not 避難情報: a municipality never issues them.
  alertLevel: z.union([z.literal(3), z.literal(4), z.literal(5)], {
    error: (issue) => (issue.input === undefined ? 'missing' : 'not 3, 4 or 5'),
  }),
  issuedAt: dateTimeMs,
});

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

const labelText = displayText(100);
// Built once: a zod schema costs more to build than to run, and this runs per entity.
const areaText = displayText(300);
const eventRef = z.string().min(1).max(512);

function readLabel(
  values: Readonly<Record<string, unknown>>,
  level: AlertLevel,
  warnings: string[],
): string {
  const given = labelText.safeParse(values['alertLabel']);
  if (given.success) return given.data;
  const why = Object.hasOwn(values, 'alertLabel') ? issueText(given.error) : 'missing';
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
  const r = infoSchema.safeParse(values);
  if (!r.success) return { ok: false, reason: reasonOf(r.error, values) };
  const warnings: string[] = [];
  const d = r.data;
  const label = readLabel(values, d.alertLevel, warnings);
  const hazardTypes = readHazards(values, warnings);
  const targetArea = soft(areaText, values, 'targetArea', warnings);
  const targetHouseholds = soft(nonNegativeInt, values, 'targetHouseholds', warnings);
  const targetPersons = soft(nonNegativeInt, values, 'targetPersons', warnings);
  const liftedAt = soft(dateTimeMs, values, 'liftedAt', warnings);
  const eventId = soft(eventRef, values, 'project', warnings);
  return {
    ok: true,
    warnings,
    value: {
      id: d.id,
      municipalityCode: d.localGovernmentCode,
      level: d.alertLevel,
      label,
      hazardTypes,
      issuedAt: d.issuedAt,
      ...(targetArea !== undefined && { targetArea }),
      ...(targetHouseholds !== undefined && { targetHouseholds }),
      ...(targetPersons !== undefined && { targetPersons }),
      ...(liftedAt !== undefined && { liftedAt }),
      ...(eventId !== undefined && { eventId }),
    },
  };
}
