import * as z from '../../domain/zod';
import { HAZARD_TYPES, type HazardType } from '../../domain/types';
import { normalizeMunicipalityCode } from '../../domain/municipalities';

/** Whether text holds a control character (\p{Cc}: U+0000–U+001F, U+007F–U+009F). */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/**
 * Text as shown to people: control characters become spaces, the ends trimmed. Nearly all text
 * has none: it is scanned once rather than run through the regular expression.
 */
export const cleanDisplayText = (s: string): string =>
  (hasControl(s) ? s.replace(/\p{Cc}/gu, ' ') : s).trim();

/** What is wrong with cleaned display text for a field of at most `max` characters. */
export function displayTextProblem(s: string, max: number): string | undefined {
  if (s.length === 0) return 'empty';
  return s.length > max ? `longer than ${max} characters` : undefined;
}

/** Text shown to people: trimmed, bounded, control characters removed. Markup stays text. */
export const displayText = (max: number) =>
  z.pipe(z.string(), z.transform(cleanDisplayText)).check(
    z.superRefine((s, ctx) => {
      const problem = displayTextProblem(s, max);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
    }),
  );

/** A 5- or 6-digit code of one of the 21 municipalities, normalised to 5 digits. */
export const knownMunicipality = (message: (raw: string) => string) =>
  z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const code = normalizeMunicipalityCode(raw);
      if (code === undefined) {
        ctx.issues.push({ code: 'custom', message: message(raw), input: raw });
        return z.NEVER;
      }
      return code;
    }),
  );

export const municipalityCode = knownMunicipality(() => 'not a Nagasaki municipality code');

/** What is wrong with a number as a count (an integer ≥ 0), if anything. */
export function countProblem(n: number): 'negative' | 'not an integer' | undefined {
  if (n < 0) return 'negative';
  return Number.isInteger(n) ? undefined : 'not an integer';
}

export const nonNegativeInt = z.number().check(
  z.superRefine((n, ctx) => {
    const problem = countProblem(n);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  }),
);

const hazardSet = new Set<string>(HAZARD_TYPES);
export const isHazardType = (v: string): v is HazardType => hazardSet.has(v);

/** Splits a hazard list into known values and unknown ones (reported, not fatal). */
export const hazardList = z.pipe(
  z.array(z.string()),
  z.transform((list: string[]) => ({
    known: [...new Set(list.filter(isHazardType))],
    unknown: list.filter((v) => !isHazardType(v)),
  })),
);

/**
 * `hazardList`'s split in one pass: known values each once, in the order first seen; unknown
 * ones all, in order.
 */
function splitHazards(list: readonly string[]): { known: HazardType[]; unknown: string[] } {
  const known: HazardType[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const v = list[i]!;
    if (!isHazardType(v)) unknown.push(v);
    else if (!known.includes(v)) known.push(v);
  }
  return { known, unknown };
}

/**
 * What `hazardList` gives for a list of texts, read without zod; undefined for any other value
 * (the schema then says what is wrong with it).
 */
export function plainHazardList(
  v: unknown,
): { known: HazardType[]; unknown: string[] } | undefined {
  return isTextList(v) ? splitHazards(v) : undefined;
}

/** An array of texts, every index of it (a hole is not text, as for `z.array(z.string())`). */
function isTextList(v: unknown): v is string[] {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
}
