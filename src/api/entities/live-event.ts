import * as z from '../../domain/zod';
import type { DisasterEvent } from '../../domain/live';
import { displayText, hazardList } from './fields';
import { valuesOf, type FlatEntityLike } from './flat';
import { dateTimeMs, soft } from './live-fields';
import { reasonOf, type EntityParse } from './entity-parse';

const EVENT_STATUSES = ['active', 'closed', 'archived'] as const;

const eventSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(512)),
  name: displayText(200),
  projectStatus: z.enum(EVENT_STATUSES, {
    error: (issue) => (issue.input === undefined ? 'missing' : 'not active, closed or archived'),
  }),
});

const ATTRS = ['name', 'projectStatus', 'start', 'end', 'hazardTypes'];

/** Hazards of a live entity: a broken list is dropped with a warning, unknown values too. */
export function readHazards(
  values: Readonly<Record<string, unknown>>,
  warnings: string[],
): DisasterEvent['hazardTypes'] {
  const list = soft(hazardList, values, 'hazardTypes', warnings);
  for (const v of list?.unknown ?? [])
    warnings.push(`hazardTypes: unknown value ignored (${v.slice(0, 40)})`);
  return list?.known ?? [];
}

/**
 * One `DisasterEvent`. Its status decides whether its hazards count, so a missing or unknown
 * `projectStatus` skips it; broken times and hazard lists are dropped with a warning.
 */
export function parseDisasterEvent(entity: FlatEntityLike): EntityParse<DisasterEvent> {
  const values = valuesOf(entity, ATTRS);
  const r = eventSchema.safeParse(values);
  if (!r.success) return { ok: false, reason: reasonOf(r.error, values) };
  const warnings: string[] = [];
  const start = soft(dateTimeMs, values, 'start', warnings);
  const end = soft(dateTimeMs, values, 'end', warnings);
  const hazardTypes = readHazards(values, warnings);
  return {
    ok: true,
    warnings,
    value: {
      id: r.data.id,
      name: r.data.name,
      status: r.data.projectStatus,
      hazardTypes,
      ...(start !== undefined && { start }),
      ...(end !== undefined && { end }),
    },
  };
}
