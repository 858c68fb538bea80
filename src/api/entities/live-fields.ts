/**
 * Field helpers for the live entities (src/api/entities/live.ts). Unlike the masters, a live
 * entity keeps going when an optional field is broken: the field is dropped and reported,
 * because hiding a shelter full of people over one bad number is worse than showing less.
 */
import { z } from 'zod';
import type { FlatEntityLike } from './flat';

/**
 * NGSI-LD DateTime → epoch ms. A time zone is required: a bare local time is ambiguous
 * between JST and UTC by nine hours.
 */
export const dateTimeMs = z.iso
  .datetime({ offset: true, error: 'not a DateTime with a time zone' })
  .transform((s) => Date.parse(s));

/** The first issue as short, stable text ("negative", "not a number"), to count warnings by. */
export function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  if (issue.code === 'invalid_type')
    return `not ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * Reads an optional field leniently: absent → undefined; invalid → undefined plus a warning
 * `"name: why, ignored"`.
 */
export function soft<T>(
  schema: z.ZodType<T>,
  values: Readonly<Record<string, unknown>>,
  name: string,
  warnings: string[],
): T | undefined {
  if (!Object.hasOwn(values, name)) return undefined;
  const r = schema.safeParse(values[name]);
  if (r.success) return r.data;
  warnings.push(`${name}: ${issueText(r.error)}, ignored`);
  return undefined;
}

/**
 * The latest `observedAt` among the entity's attributes (epoch ms): the age of its newest
 * datum. Unreadable times are skipped and reported once.
 */
export function latestObservedAt(entity: FlatEntityLike, warnings: string[]): number | undefined {
  let latest: number | undefined;
  let broken = false;
  for (const attr of Object.values(entity.attrs)) {
    if (attr?.observedAt === undefined) continue;
    const t = dateTimeMs.safeParse(attr.observedAt);
    if (!t.success) broken = true;
    else if (latest === undefined || t.data > latest) latest = t.data;
  }
  if (broken) warnings.push('observedAt: not a DateTime with a time zone, ignored');
  return latest;
}
