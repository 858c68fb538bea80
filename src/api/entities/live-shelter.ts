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
import { EEI_ATTRS, readEei } from './live-eei';
import { dateTimeMs, latestObservedAt, readListedStatus, soft, zodNote } from './live-fields';
import type { EntityParse } from './entity-parse';
import { encodeNote, note } from './notes';

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
  ...EEI_ATTRS,
];

/**
 * Any other status is kept as `unknown` with its text: a shelter is never dropped for it, and
 * the contract (§2.2) makes such a value legal, so it is not an invalid field.
 */
function readStatus(
  values: Readonly<Record<string, unknown>>,
  warnings: string[],
): { openingStatus: OpeningStatus; rawStatus?: string } {
  const { status, raw } = readListedStatus(values, 'openingStatus', OPENING_STATUSES, warnings);
  return { openingStatus: status, ...(raw !== undefined && { rawStatus: raw }) };
}

const skip = (reason: ReturnType<typeof note>) => ({
  ok: false as const,
  reason: encodeNote(reason),
});

/**
 * One `EvacuationShelter`. Skipped only when it cannot be identified or names another
 * prefecture; broken optional fields are dropped with a warning and the shelter is kept, with
 * their names in `invalidFields` (contract §4 makes such an entity invalid: the join never lets
 * it displace a valid report of the same shelter).
 */
export function parseEvacuationShelter(entity: FlatEntityLike): EntityParse<ShelterOverlay> {
  const values = valuesOf(entity, ATTRS);
  const r = overlaySchema.safeParse(values);
  if (!r.success) {
    const field = r.error.issues[0]?.path.map(String).join('.') ?? '';
    const raw = values[field];
    return skip(
      raw === undefined
        ? note(field, 'missing', 'skipped')
        : zodNote(r.error, field, 'skipped', raw),
    );
  }
  const warnings: string[] = [];
  const invalidFields: string[] = [];
  const read = <T>(schema: z.ZodType<T>, name: string) =>
    soft(schema, values, name, warnings, invalidFields);
  const nationalShelterId = read(optional.nationalShelterId, 'nationalShelterId');
  const externalShelterId = read(optional.externalShelterId, 'externalShelterId');
  let code = r.data.localGovernmentCode;
  if (code === undefined && nationalShelterId !== undefined) {
    // The 共通ID embeds the designating municipality (characters 2–6).
    code = normalizeMunicipalityCode(nationalShelterId.slice(1, 6));
    if (code === undefined) return skip(note('localGovernmentCode', 'missing', 'skipped'));
    warnings.push(encodeNote(note('localGovernmentCode', 'missing', 'takenFromId')));
  }
  if (code === undefined || (nationalShelterId === undefined && externalShelterId === undefined))
    return skip(note('', 'noIdentity', 'skipped'));
  const status = readStatus(values, warnings);
  const evacueeTotal = read(optional.count, 'evacueeTotal');
  const evacueeHouseholds = read(optional.count, 'evacueeHouseholds');
  const maxCapacity = read(optional.count, 'maxCapacity');
  const statusLabel = read(optional.statusLabel, 'statusLabel');
  const congestionLevel = read(optional.congestionLevel, 'congestionLevel');
  const openedAt = read(optional.time, 'openedAt');
  const closedAt = read(optional.time, 'closedAt');
  const eventId = read(optional.eventId, 'project');
  const eei = readEei(read);
  const observedAt = latestObservedAt(entity, warnings, invalidFields);
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
    ...(eei !== undefined && { eei }),
    ...(observedAt !== undefined && { observedAt }),
    ...(invalidFields.length > 0 && { invalidFields }),
  };
  return { ok: true, value, warnings };
}
