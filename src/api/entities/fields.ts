import { z } from 'zod';
import { HAZARD_TYPES, type HazardType, type LngLat } from '../../domain/types';
import { inPrefectureBox } from '../../domain/geo';
import { normalizeMunicipalityCode } from '../../domain/municipalities';

/** Text shown to people: trimmed, bounded, control characters removed. Markup stays text. */
export const displayText = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/\p{Cc}/gu, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, { message: 'empty' })
        .max(max, { message: `longer than ${max} characters` }),
    );

/** A 5- or 6-digit code of one of the 21 municipalities, normalised to 5 digits. */
export const knownMunicipality = (message: (raw: string) => string) =>
  z.string().transform((raw, ctx) => {
    const code = normalizeMunicipalityCode(raw);
    if (code === undefined) {
      ctx.addIssue({ code: 'custom', message: message(raw) });
      return z.NEVER;
    }
    return code;
  });

export const municipalityCode = knownMunicipality(() => 'not a Nagasaki municipality code');

const finite = z.number().refine(Number.isFinite, { message: 'not a finite number' });

/** A GeoJSON Point inside the prefecture box; swapped lat/lon gets its own reason. */
export const pointInPrefecture = z
  .object({ type: z.literal('Point'), coordinates: z.tuple([finite, finite]).rest(z.number()) })
  .transform((p, ctx): LngLat => {
    const [lon, lat] = p.coordinates;
    if (inPrefectureBox([lon, lat])) return [lon, lat];
    ctx.addIssue({
      code: 'custom',
      message: inPrefectureBox([lat, lon])
        ? 'latitude and longitude swapped'
        : 'outside Nagasaki Prefecture',
    });
    return z.NEVER;
  });

/** Address: free text, or a JapaneseAddress / PostalAddress-like object flattened to text. */
export const addressText = z.union([
  displayText(300),
  z
    .record(z.string(), z.unknown())
    .transform((o) =>
      ['addressRegion', 'prefecture', 'addressLocality', 'city', 'town', 'streetAddress', 'block']
        .map((k) => o[k])
        .filter((v): v is string => typeof v === 'string')
        .join(''),
    )
    .pipe(displayText(300)),
]);

/** What is wrong with a number as a count (an integer ≥ 0), if anything. */
export function countProblem(n: number): 'negative' | 'not an integer' | undefined {
  if (n < 0) return 'negative';
  return Number.isInteger(n) ? undefined : 'not an integer';
}

export const nonNegativeInt = z.number().superRefine((n, ctx) => {
  const problem = countProblem(n);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
});

const hazardSet = new Set<string>(HAZARD_TYPES);
export const isHazardType = (v: string): v is HazardType => hazardSet.has(v);

/** Splits a hazard list into known values and unknown ones (reported, not fatal). */
export const hazardList = z.array(z.string()).transform((list) => ({
  known: [...new Set(list.filter(isHazardType))],
  unknown: list.filter((v) => !isHazardType(v)),
}));
