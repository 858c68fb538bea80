/**
 * Field readers for the high-volume feeds (a tourism day is ~5,000 observations, a week of
 * them 35,000), written as plain checks: a zod object schema costs a few microseconds per
 * entity, several times `JSON.parse` of the same bytes. A broken field throws `Invalid`, which
 * the parser turns into its skip reason (`field: message`, the wording `notes.ts` reads).
 * Rules that already exist as zod schemas (DateTime with a zone) are reused, memoised per
 * distinct text: a day's observations share a handful of timestamps.
 */
import { NOT_DATE_TIME, zonedInstantMs } from './live-fields';
import { cleanDisplayText, countProblem, displayTextProblem } from './fields';
import { memo } from './memo';
import { fail, skipped } from './invalid';
import { valueOf, type FlatEntityLike } from './flat';
import type { EntityParse } from './entity-parse';
import { normalizeMunicipalityCode } from '../../domain/municipalities';
import type { MunicipalityCode } from '../../domain/types';
import { isJstDate } from '../../domain/jst';

export function required(entity: FlatEntityLike, name: string): unknown {
  return present(name, valueOf(entity, name));
}

/** An attribute's value read by `valueOf` or `memberOf`, which must be there. */
export function present(name: string, v: unknown): unknown {
  return v === undefined ? fail(name, 'missing') : v;
}

/** An optional attribute read by `read` when present (`null` is absent). */
export function optional<T>(
  entity: FlatEntityLike,
  name: string,
  read: (v: unknown) => T,
): T | undefined {
  const v = valueOf(entity, name);
  return v === undefined ? undefined : read(v);
}

export function stringField(field: string, v: unknown): string {
  return typeof v === 'string' ? v : fail(field, 'not a string');
}

/** Text of at most `max` characters, as received (an empty one included). */
export function textUpTo(field: string, v: unknown, max: number): string {
  const s = stringField(field, v);
  return s.length > max ? fail(field, `longer than ${max} characters`) : s;
}

/** Text of 1..max characters, as received (ids, codes). */
export function boundedText(field: string, v: unknown, max: number): string {
  const s = textUpTo(field, v, max);
  return s.length === 0 ? fail(field, 'empty') : s;
}

/** The longest id or entity reference kept (NGSI-LD sets no limit; a runaway one is refused). */
export const ID_MAX = 512;

/** An entity's id: text of 1..ID_MAX characters. */
export function entityId(entity: FlatEntityLike): string {
  const v: unknown = entity.id;
  return v === undefined ? fail('id', 'missing') : boundedText('id', v, ID_MAX);
}

/** Text shown to people: trimmed, bounded, control characters removed. Markup stays text. */
export function displayTextField(field: string, v: unknown, max: number): string {
  const s = cleanDisplayText(stringField(field, v));
  const problem = displayTextProblem(s, max);
  return problem === undefined ? s : fail(field, problem);
}

/** An integer ≥ 0 (a count). */
export function nonNegativeInteger(field: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(field, 'not a number');
  const problem = countProblem(v);
  return problem === undefined ? v : fail(field, problem);
}

/** An absent count is suppressed by the provider: `null`, never 0. */
export function publishedCount(entity: FlatEntityLike, name: string): number | null {
  return countOrNull(name, valueOf(entity, name));
}

/** The same, of an attribute's value read by `valueOf` or `memberOf`. */
export function countOrNull(name: string, v: unknown): number | null {
  return v === undefined ? null : nonNegativeInteger(name, v);
}

export function oneOf<T extends string>(field: string, v: unknown, allowed: readonly T[]): T {
  const s = stringField(field, v);
  const hit = allowed.find((a) => a === s);
  return hit ?? fail(field, 'not a known value');
}

/** One of the 21 municipalities (5 or 6 digits), normalised to 5 digits. */
export function municipalityField(
  field: string,
  v: unknown,
  message: (raw: string) => string,
): MunicipalityCode {
  const raw = stringField(field, v);
  return normalizeMunicipalityCode(raw) ?? fail(field, message(raw));
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const dateVerdict = memo((s) =>
  !DATE_SHAPE.test(s) ? 'not a YYYY-MM-DD date' : isJstDate(s) ? '' : 'not a calendar date',
);

/** A real calendar date, YYYY-MM-DD (2026-02-30 is not one). */
export function calendarDate(field: string, v: unknown): string {
  const s = stringField(field, v);
  const verdict = dateVerdict(s);
  return verdict === '' ? s : fail(field, verdict);
}

/** An NGSI-LD DateTime with a time zone → epoch ms (the rule of `dateTimeMs`). */
export function dateTimeField(field: string, v: unknown): number {
  const ms = zonedInstantMs(stringField(field, v));
  return ms ?? fail(field, NOT_DATE_TIME);
}

/** The warnings of an entity read without any: one shared empty list. */
export const NO_WARNINGS: readonly string[] = Object.freeze([]);

/**
 * A feed's parser from a reader of plain checks: the entity read without a warning, or
 * skipped with the first broken field's reason.
 */
export function plainParser<T>(
  read: (entity: FlatEntityLike) => T,
): (entity: FlatEntityLike) => EntityParse<T> {
  // Not through `warnedParser`: one object per entity, not two (a tourism day is thousands).
  return (entity) => {
    try {
      return { ok: true, value: read(entity), warnings: NO_WARNINGS };
    } catch (e) {
      return skipped(e);
    }
  };
}

/** The same, for a reader that also reports what it repaired or ignored (warnings). */
export function warnedParser<T>(
  read: (entity: FlatEntityLike) => { value: T; warnings: readonly string[] },
): (entity: FlatEntityLike) => EntityParse<T> {
  return (entity) => {
    try {
      const { value, warnings } = read(entity);
      return { ok: true, value, warnings };
    } catch (e) {
      return skipped(e);
    }
  };
}
