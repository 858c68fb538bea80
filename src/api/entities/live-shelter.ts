import { z } from 'zod';
import {
  CONGESTION_LEVELS,
  OPENING_STATUSES,
  type OpeningStatus,
  type ShelterOverlay,
} from '../../domain/live';
import { normalizeMunicipalityCode } from '../../domain/municipalities';
import { displayText, municipalityCode, nonNegativeInt } from './fields';
import { valuesOf, type FlatEntityLike } from './flat';
import { dateTimeMs, latestObservedAt, soft } from './live-fields';
import { reasonOf, type EntityParse } from './masters';

/** Any 共通ID (site 20, shelter 11, welfare 12): the join decides whether a master exists. */
const NATIONAL_ID = /^E\d{10}(?:11|12|20)[1-9A-Za-z]$/;

/** Fields that reject the entity when present and wrong. */
const overlaySchema = z.object({
  id: z.string().min(1).max(512),
  localGovernmentCode: municipalityCode.optional(),
});

const optional = {
  nationalShelterId: z.string().regex(NATIONAL_ID, { message: 'not a 共通ID' }),
  externalShelterId: displayText(100),
  statusLabel: displayText(100),
  count: nonNegativeInt,
  congestionLevel: z.enum(CONGESTION_LEVELS, { message: 'not a congestion level' }),
  time: dateTimeMs,
  eventId: z.string().min(1).max(512),
};

const ATTRS = [
  'localGovernmentCode',
  'nationalShelterId',
  'externalShelterId',
  'openingStatus',
  'statusLabel',
  'evacueeTotal',
  'evacueeHouseholds',
  'maxCapacity',
  'congestionLevel',
  'openedAt',
  'closedAt',
  'project',
];

const isKnownStatus = (v: unknown): v is (typeof OPENING_STATUSES)[number] =>
  OPENING_STATUSES.some((s) => s === v);

/** Any other status is kept as `unknown` with its text: a shelter is never dropped for it. */
function readStatus(
  values: Readonly<Record<string, unknown>>,
  warnings: string[],
): { openingStatus: OpeningStatus; rawStatus?: string } {
  const raw = values['openingStatus'];
  if (isKnownStatus(raw)) return { openingStatus: raw };
  if (raw === undefined) {
    warnings.push('openingStatus: missing, shown as unknown');
    return { openingStatus: 'unknown' };
  }
  const text = (typeof raw === 'string' ? raw : JSON.stringify(raw))
    .replace(/\p{Cc}/gu, ' ')
    .slice(0, 40);
  warnings.push(`openingStatus: "${text}" shown as unknown`);
  return { openingStatus: 'unknown', rawStatus: text };
}

const IDENTITY_REASON =
  'identity: needs nationalShelterId, or externalShelterId and localGovernmentCode';

/**
 * One `EvacuationShelter`. Skipped only when it cannot be identified or names another
 * prefecture; broken optional fields are dropped with a warning and the shelter is kept.
 */
export function parseEvacuationShelter(entity: FlatEntityLike): EntityParse<ShelterOverlay> {
  const values = valuesOf(entity, ATTRS);
  const r = overlaySchema.safeParse(values);
  if (!r.success) return { ok: false, reason: reasonOf(r.error) };
  const warnings: string[] = [];
  const nationalShelterId = soft(optional.nationalShelterId, values, 'nationalShelterId', warnings);
  const externalShelterId = soft(optional.externalShelterId, values, 'externalShelterId', warnings);
  let code = r.data.localGovernmentCode;
  if (code === undefined && nationalShelterId !== undefined) {
    // The 共通ID embeds the designating municipality (characters 2–6).
    code = normalizeMunicipalityCode(nationalShelterId.slice(1, 6));
    if (code === undefined) return { ok: false, reason: 'localGovernmentCode: missing' };
    warnings.push('localGovernmentCode: missing, taken from 共通ID');
  }
  if (code === undefined || (nationalShelterId === undefined && externalShelterId === undefined))
    return { ok: false, reason: IDENTITY_REASON };
  const status = readStatus(values, warnings);
  const read = <T>(schema: z.ZodType<T>, name: string) => soft(schema, values, name, warnings);
  const evacueeTotal = read(optional.count, 'evacueeTotal');
  const evacueeHouseholds = read(optional.count, 'evacueeHouseholds');
  const maxCapacity = read(optional.count, 'maxCapacity');
  const statusLabel = read(optional.statusLabel, 'statusLabel');
  const congestionLevel = read(optional.congestionLevel, 'congestionLevel');
  const openedAt = read(optional.time, 'openedAt');
  const closedAt = read(optional.time, 'closedAt');
  const eventId = read(optional.eventId, 'project');
  const observedAt = latestObservedAt(entity, warnings);
  const value: ShelterOverlay = {
    id: r.data.id,
    municipalityCode: code,
    ...status,
    ...(nationalShelterId !== undefined && { nationalShelterId }),
    ...(externalShelterId !== undefined && { externalShelterId }),
    ...(statusLabel !== undefined && { statusLabel }),
    ...(evacueeTotal !== undefined && { evacueeTotal }),
    ...(evacueeHouseholds !== undefined && { evacueeHouseholds }),
    ...(maxCapacity !== undefined && { maxCapacity }),
    ...(congestionLevel !== undefined && { congestionLevel }),
    ...(openedAt !== undefined && { openedAt }),
    ...(closedAt !== undefined && { closedAt }),
    ...(eventId !== undefined && { eventId }),
    ...(observedAt !== undefined && { observedAt }),
  };
  return { ok: true, value, warnings };
}
