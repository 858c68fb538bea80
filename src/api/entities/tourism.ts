import { z } from 'zod';
import { HOUR_MS, isJstDate, jstDayStartMs } from '../../domain/jst';
import { normalizeMunicipalityCode } from '../../domain/municipalities';
import {
  STAY_TYPES,
  TRANSPORT_MODES,
  VISITOR_CATEGORIES,
  type FlowObservation,
  type FlowOrigin,
  type PresenceObservation,
} from '../../domain/tourism';
import { knownMunicipality, municipalityCode, nonNegativeInt } from './fields';
import { valuesOf, type FlatEntityLike } from './flat';
import { dateTimeMs } from './live-fields';
import { reasonOf, type EntityParse } from './masters';

/** A real calendar date (2026-02-30 is not one). */
const jstDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'not a YYYY-MM-DD date' })
  .refine(isJstDate, { message: 'not a calendar date' });

/** Smart Data Models' `dataProvider`: who made the numbers (the mock says it is synthetic). */
const provider = z.string().max(200).optional();

/** Absent or null means suppressed by the provider: kept as null, never as zero. */
const publishedCount = nonNegativeInt.optional().transform((v) => v ?? null);

const presenceSchema = z.object({
  id: z.string().min(1).max(512),
  locationCode: municipalityCode,
  dateObserved: jstDate,
  hour: z.number().int({ message: 'not an hour' }).min(0).max(23),
  nationality: z.string().regex(/^[A-Z]{2}$/, { message: 'not an ISO 3166-1 alpha-2 code' }),
  originPrefectureCode: z
    .string()
    .regex(/^(0[1-9]|[1-3]\d|4[0-7])$/, { message: 'not a prefecture code' })
    .optional(),
  visitorCount: publishedCount,
  dataProvider: provider,
});

export function parsePresence(entity: FlatEntityLike): EntityParse<PresenceObservation> {
  const r = presenceSchema.safeParse(
    valuesOf(
      entity,
      Object.keys(presenceSchema.shape).filter((k) => k !== 'id'),
    ),
  );
  if (!r.success) return { ok: false, reason: reasonOf(r.error) };
  const d = r.data;
  return {
    ok: true,
    warnings: [],
    value: {
      id: d.id,
      municipalityCode: d.locationCode,
      date: d.dateObserved,
      hour: d.hour,
      startMs: jstDayStartMs(d.dateObserved) + d.hour * HOUR_MS,
      nationality: d.nationality,
      ...(d.originPrefectureCode !== undefined && { originPrefecture: d.originPrefectureCode }),
      count: d.visitorCount,
      ...(d.dataProvider !== undefined && { provider: d.dataProvider }),
    },
  };
}

/** A Nagasaki municipality (5 or 6 digits), or a 2-digit prefecture for arrivals from outside. */
const origin = z.string().transform((raw, ctx): FlowOrigin => {
  const s = raw.trim();
  if (/^(0[1-9]|[1-3]\d|4[0-7])$/.test(s)) return { kind: 'prefecture', code: s };
  const code = normalizeMunicipalityCode(s);
  if (code !== undefined) return { kind: 'municipality', code };
  ctx.addIssue({ code: 'custom', message: `unknown code ${s.slice(0, 12)}` });
  return z.NEVER;
});

const flowSchema = z
  .object({
    id: z.string().min(1).max(512),
    originCode: origin,
    destinationCode: knownMunicipality((raw) => `unknown code ${raw.slice(0, 12)}`),
    dateObservedFrom: dateTimeMs,
    dateObservedTo: dateTimeMs,
    visitorCount: publishedCount,
    visitorCategory: z.enum(VISITOR_CATEGORIES),
    stayType: z.enum(STAY_TYPES),
    transportMode: z.enum(TRANSPORT_MODES).optional(),
    dataProvider: provider,
  })
  .refine((f) => f.dateObservedTo > f.dateObservedFrom, {
    message: 'period ends before it starts',
    path: ['dateObservedTo'],
  });

const flowAttrs = [
  'originCode',
  'destinationCode',
  'dateObservedFrom',
  'dateObservedTo',
  'visitorCount',
  'visitorCategory',
  'stayType',
  'transportMode',
  'dataProvider',
];

export function parseFlow(entity: FlatEntityLike): EntityParse<FlowObservation> {
  const r = flowSchema.safeParse(valuesOf(entity, flowAttrs));
  if (!r.success) return { ok: false, reason: reasonOf(r.error) };
  const d = r.data;
  return {
    ok: true,
    warnings: [],
    value: {
      id: d.id,
      origin: d.originCode,
      destinationCode: d.destinationCode,
      fromMs: d.dateObservedFrom,
      toMs: d.dateObservedTo,
      count: d.visitorCount,
      category: d.visitorCategory,
      stay: d.stayType,
      ...(d.transportMode !== undefined && { mode: d.transportMode }),
      ...(d.dataProvider !== undefined && { provider: d.dataProvider }),
    },
  };
}
