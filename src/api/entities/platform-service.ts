/**
 * `PlatformService` (contract §8): a service built on the platform. Skipped only without a
 * name; an unknown category or status is kept as `unknown` with the text received (counted
 * apart, never dropped), an unreadable municipality code is left out of the list it served and
 * reported, and an unreadable launch date is left out (never today, never 0).
 */
import * as z from '../../domain/zod';
import {
  PLATFORM_SERVICE_STATUSES,
  SERVICE_CATEGORIES,
  type PlatformService,
} from '../../domain/platform-service';
import { normalizeMunicipalityCode } from '../../domain/municipalities';
import type { MunicipalityCode } from '../../domain/types';
import { isJstDate, jstDayStartMs } from '../../domain/jst';
import { displayText } from './fields';
import { valuesOf, type FlatEntityLike } from './flat';
import { dateTimeMs, readListedStatus, soft } from './live-fields';
import { reasonOf, type EntityParse } from './entity-parse';
import { encodeNote, note } from './notes';

const ATTRS = [
  'name',
  'operatorName',
  'category',
  'localGovernmentCodes',
  'dataTypesUsed',
  'status',
  'launchedAt',
];

const identity = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(512)),
  name: displayText(200),
});

/**
 * An NGSI-LD Date (`2024-04-01`, JST midnight) or a DateTime with a zone. A typed literal
 * (`{"@type": "Date", "@value": …}`) arrives unwrapped by the representation layer.
 */
const dateOrDateTime: z.ZodMiniType<number> = z.union([
  z.pipe(
    z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    z.transform((s: string, ctx) => {
      if (isJstDate(s)) return jstDayStartMs(s);
      ctx.issues.push({ code: 'custom', message: 'not a Date', input: s });
      return z.NEVER;
    }),
  ),
  dateTimeMs,
]);

/** Built once, not per entity (building a zod schema costs more than running it). */
const operatorText = displayText(200);
const typeNames = z.array(z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_:/.#-]{0,199}$/)));

/** Codes as listed; an unreadable one reported and left out. */
function readCodes(
  values: Readonly<Record<string, unknown>>,
  warnings: string[],
): { codes: MunicipalityCode[]; prefectureWide: boolean } {
  const raw = values['localGovernmentCodes'];
  if (raw === undefined) {
    warnings.push(encodeNote(note('localGovernmentCodes', 'missing', 'shownAsUnknown')));
    return { codes: [], prefectureWide: false };
  }
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0) return { codes: [], prefectureWide: true };
  const codes: MunicipalityCode[] = [];
  for (const item of list) {
    const code = typeof item === 'string' ? normalizeMunicipalityCode(item) : undefined;
    if (code === undefined)
      warnings.push(
        encodeNote(note('localGovernmentCodes', 'unknownCode', 'ignored', { raw: item })),
      );
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, prefectureWide: false };
}

export function parsePlatformService(entity: FlatEntityLike): EntityParse<PlatformService> {
  const values = valuesOf(entity, ATTRS);
  const r = identity.safeParse(values);
  if (!r.success) return { ok: false, reason: reasonOf(r.error, values) };
  const warnings: string[] = [];
  const { status: category, raw: rawCategory } = readListedStatus(
    values['category'],
    'category',
    SERVICE_CATEGORIES,
    warnings,
  );
  const { status, raw: rawStatus } = readListedStatus(
    values['status'],
    'status',
    PLATFORM_SERVICE_STATUSES,
    warnings,
  );
  const { codes, prefectureWide } = readCodes(values, warnings);
  const dataTypesUsed = soft(typeNames, values, 'dataTypesUsed', warnings) ?? [];
  const operatorName = soft(operatorText, values, 'operatorName', warnings);
  const launchedAt = soft(dateOrDateTime, values, 'launchedAt', warnings);
  return {
    ok: true,
    warnings,
    value: {
      id: r.data.id,
      name: r.data.name,
      category,
      ...(rawCategory !== undefined && { rawCategory }),
      localGovernmentCodes: codes,
      prefectureWide,
      dataTypesUsed: [...new Set(dataTypesUsed)],
      status,
      ...(rawStatus !== undefined && { rawStatus }),
      ...(operatorName !== undefined && { operatorName }),
      ...(launchedAt !== undefined && { launchedAt }),
    },
  };
}
