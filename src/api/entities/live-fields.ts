/**
 * Field helpers for the live entities (src/api/entities/live.ts). Unlike the masters, a live
 * entity keeps going when an optional field is broken: the field is dropped and reported,
 * because hiding a shelter full of people over one bad number is worse than showing less.
 */
import * as z from '../../domain/zod';
import { memo } from './memo';
import { Invalid } from './invalid';
import { valueOf, type FlatEntityLike } from './flat';
import {
  encodeNote,
  issueOfMessage,
  note,
  rawText,
  type FeedNote,
  type NoteOutcome,
} from './notes';

/**
 * NGSI-LD DateTime → epoch ms. A time zone is required: a bare local time is ambiguous
 * between JST and UTC by nine hours.
 */
const zonedDateTime = z.iso.datetime({ offset: true });
export const NOT_DATE_TIME = 'not a DateTime with a time zone';

/** The rule of `dateTimeMs` for one text, checked once per distinct text. */
export const zonedInstantMs = memo((s: string): number | undefined =>
  zonedDateTime.safeParse(s).success ? Date.parse(s) : undefined,
);

export const dateTimeMs = z.pipe(
  z.string({ error: NOT_DATE_TIME }),
  z.transform((v: string, ctx): number => {
    const ms = zonedInstantMs(v);
    if (ms !== undefined) return ms;
    ctx.issues.push({ code: 'custom', message: NOT_DATE_TIME, input: v });
    return z.NEVER;
  }),
);

/** What `dateTimeMs` gives for a value it accepts, read without zod; undefined for any other. */
export const plainDateTimeMs = (v: unknown): number | undefined =>
  typeof v === 'string' ? zonedInstantMs(v) : undefined;

/** The first issue as short, stable text ("negative", "not a number"), to count warnings by. */
export function issueText(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  if (issue.code === 'invalid_type')
    return `not ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

const TYPE_ISSUES: Readonly<Record<string, FeedNote['issue']>> = {
  number: 'notNumber',
  string: 'notString',
  array: 'notArray',
  boolean: 'notBoolean',
  object: 'notObject',
  record: 'notObject',
};

/** The first zod issue of a field as a note, quoting the value received. */
export function zodNote(
  error: z.core.$ZodError,
  field: string,
  outcome: NoteOutcome,
  raw?: unknown,
): FeedNote {
  const issue = error.issues[0];
  const extra = raw === undefined ? {} : { raw };
  if (!issue) return note(field, 'invalid', outcome, extra);
  if (issue.code === 'invalid_type')
    return note(field, TYPE_ISSUES[issue.expected] ?? 'invalid', outcome, extra);
  if (issue.code === 'invalid_value') return note(field, 'unknownValue', outcome, extra);
  const { issue: code, value } = issueOfMessage(issue.message);
  return note(field, code, outcome, {
    ...extra,
    ...(code === 'tooLong' && value !== undefined && { param: value }),
  });
}

/**
 * A plain check of one field (plain-fields.ts): the value read, or `Invalid` thrown with the
 * reason (`fail`).
 */
export type PlainRead<T> = (field: string, v: unknown) => T;

/** A field's `Invalid` as a note on `field`, quoting the value received. */
export function invalidNote(
  error: Invalid,
  field: string,
  outcome: NoteOutcome,
  raw?: unknown,
): FeedNote {
  const { issue, value } = issueOfMessage(error.message);
  return note(field, issue, outcome, {
    ...(raw !== undefined && { raw }),
    ...(issue === 'tooLong' && value !== undefined && { param: value }),
  });
}

/**
 * Reads an optional field's value (undefined: absent) leniently, by a zod schema or a plain
 * check: absent → undefined;
 * invalid → undefined plus a warning (a note: the field, why, `ignored`, the value received).
 * `dropped` collects the names of the fields left out this way, for the entity to carry
 * (`ShelterOverlay.invalidFields`).
 */
export function softValue<T>(
  check: z.ZodMiniType<T> | PlainRead<T>,
  v: unknown,
  name: string,
  warnings: string[],
  dropped?: string[],
): T | undefined {
  if (v === undefined) return undefined;
  let problem: FeedNote;
  if (typeof check === 'function') {
    try {
      return check(name, v);
    } catch (e) {
      if (!(e instanceof Invalid)) throw e;
      problem = invalidNote(e, name, 'ignored', v);
    }
  } else {
    const r = check.safeParse(v);
    if (r.success) return r.data;
    problem = zodNote(r.error, name, 'ignored', v);
  }
  warnings.push(encodeNote(problem));
  dropped?.push(name);
  return undefined;
}

/**
 * One entity's optional fields, each read by `softValue` into the entity's warnings and its
 * list of dropped fields. An object, not a closure made per entity: a shelter has some twenty
 * optional fields and every shelter of every poll is read.
 */
export class SoftFields {
  constructor(
    private readonly entity: FlatEntityLike,
    readonly warnings: string[],
    readonly dropped: string[],
  ) {}

  read<T>(check: PlainRead<T>, name: string): T | undefined {
    return softValue(check, valueOf(this.entity, name), name, this.warnings, this.dropped);
  }
}

/** `softValue` for a field of a record of values (`valuesOf`). */
export function soft<T>(
  check: z.ZodMiniType<T> | PlainRead<T>,
  values: Readonly<Record<string, unknown>>,
  name: string,
  warnings: string[],
  dropped?: string[],
): T | undefined {
  const v = Object.hasOwn(values, name) ? values[name] : undefined;
  return softValue(check, v, name, warnings, dropped);
}

/**
 * The latest `observedAt` among the entity's attributes (epoch ms): the age of its newest
 * datum. Unreadable times are skipped and reported once (quoting the first), and `observedAt`
 * goes into `dropped`.
 */
export function latestObservedAt(
  entity: FlatEntityLike,
  warnings: string[],
  dropped?: string[],
): number | undefined {
  let latest: number | undefined;
  let broken: unknown;
  // An entity's attributes are mostly observed at one time: each distinct text read once.
  let last: string | undefined;
  const attrs = entity.attrs;
  for (const name in attrs) {
    const attr = attrs[name];
    if (attr?.observedAt === undefined || attr.observedAt === last) continue;
    last = attr.observedAt;
    const t = zonedInstantMs(attr.observedAt);
    if (t === undefined) broken ??= attr.observedAt;
    else if (latest === undefined || t > latest) latest = t;
  }
  if (broken !== undefined) {
    warnings.push(encodeNote(note('observedAt', 'notDateTime', 'ignored', { raw: broken })));
    dropped?.push('observedAt');
  }
  return latest;
}

/**
 * A status field whose values the contract lists but whose other values are legal too: a
 * listed value as is; anything else (or nothing) as `unknown`, with the text received and a
 * note. The entity is never dropped for it (contract §2.2 shelters, §6 services).
 */
export function readListedStatus<T extends string>(
  raw: unknown,
  field: string,
  listed: readonly T[],
  warnings: string[],
): { status: T | 'unknown'; raw?: string } {
  const known = listed.find((s) => s === raw);
  if (known !== undefined) return { status: known };
  if (raw === undefined) {
    warnings.push(encodeNote(note(field, 'missing', 'shownAsUnknown')));
    return { status: 'unknown' };
  }
  const text = rawText(raw);
  warnings.push(encodeNote(note(field, 'unknownValue', 'shownAsUnknown', { raw: text })));
  return { status: 'unknown', raw: text };
}
