import * as z from '../../domain/zod';
import type { DisasterEvent } from '../../domain/live';
import {
  cleanDisplayText,
  displayText,
  displayTextProblem,
  hazardList,
  plainHazardList,
} from './fields';
import { valuesOf, type FlatEntityLike } from './flat';
import { dateTimeMs, plainDateTimeMs, soft } from './live-fields';
import { reasonOf, type EntityParse } from './entity-parse';

const EVENT_STATUSES = ['active', 'closed', 'archived'] as const;
const ID_MAX = 512;
const NAME_MAX = 200;

export const eventSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(ID_MAX)),
  name: displayText(NAME_MAX),
  projectStatus: z.enum(EVENT_STATUSES, {
    error: (issue) => (issue.input === undefined ? 'missing' : 'not active, closed or archived'),
  }),
});
type EventHead = z.output<typeof eventSchema>;

const ATTRS = ['name', 'projectStatus', 'start', 'end', 'hazardTypes'];

/**
 * What `eventSchema` gives for values it accepts, read without zod (a zod object costs more
 * than the rest of the event); undefined for anything else, which the schema then judges and
 * words. Exported, with the schema, for the test that holds them equal.
 */
export function plainEvent(values: Readonly<Record<string, unknown>>): EventHead | undefined {
  const id = values['id'];
  const name = values['name'];
  const status = values['projectStatus'];
  if (typeof id !== 'string' || id.length < 1 || id.length > ID_MAX) return undefined;
  if (typeof name !== 'string') return undefined;
  const cleaned = cleanDisplayText(name);
  if (displayTextProblem(cleaned, NAME_MAX) !== undefined) return undefined;
  const projectStatus = EVENT_STATUSES.find((s) => s === status);
  return projectStatus === undefined ? undefined : { id, name: cleaned, projectStatus };
}

/** Hazards of a live entity: a broken list is dropped with a warning, unknown values too. */
export function readHazards(
  values: Readonly<Record<string, unknown>>,
  warnings: string[],
): DisasterEvent['hazardTypes'] {
  const given = Object.hasOwn(values, 'hazardTypes') ? values['hazardTypes'] : undefined;
  const list = plainHazardList(given) ?? soft(hazardList, values, 'hazardTypes', warnings);
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
  let head = plainEvent(values);
  if (head === undefined) {
    const r = eventSchema.safeParse(values);
    if (!r.success) return { ok: false, reason: reasonOf(r.error, values) };
    head = r.data;
  }
  const warnings: string[] = [];
  // Read without zod when they are good; zod words what is wrong with them.
  const start = plainDateTimeMs(values['start']) ?? soft(dateTimeMs, values, 'start', warnings);
  const end = plainDateTimeMs(values['end']) ?? soft(dateTimeMs, values, 'end', warnings);
  const hazardTypes = readHazards(values, warnings);
  return {
    ok: true,
    warnings,
    value: {
      id: head.id,
      name: head.name,
      status: head.projectStatus,
      hazardTypes,
      ...(start !== undefined && { start }),
      ...(end !== undefined && { end }),
    },
  };
}
