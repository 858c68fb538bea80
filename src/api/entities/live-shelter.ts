import {
  CONGESTION_LEVELS,
  OPENING_STATUSES,
  type CongestionLevel,
  type OpeningStatus,
  type ShelterOverlay,
} from '../../domain/live';
import { normalizeMunicipalityCode } from '../../domain/municipalities';
import { valueOf, type FlatEntityLike } from './flat';
import { readEei } from './live-eei';
import {
  invalidNote,
  latestObservedAt,
  readListedStatus,
  SoftFields,
  type PlainRead,
} from './live-fields';
import type { EntityParse } from './entity-parse';
import { encodeNote, note } from './notes';
import { fail, Invalid } from './invalid';
import {
  boundedText,
  dateTimeField,
  displayTextField,
  municipalityField,
  nonNegativeInteger,
  stringField,
  entityId,
  ID_MAX,
} from './plain-fields';

/** Any 共通ID (site 20, shelter 11, welfare 12): the join decides whether a master exists. */
const NATIONAL_ID = /^E\d{10}(?:11|12|20)[1-9A-Za-z]$/;
const LABEL_MAX = 100;

const notMunicipality = () => 'not a Nagasaki municipality code';

/** Optional fields: a broken one is dropped with a note and the shelter kept. */
const optional = {
  nationalShelterId: ((field, v) => {
    const s = stringField(field, v);
    return NATIONAL_ID.test(s) ? s : fail(field, 'not a 共通ID');
  }) satisfies PlainRead<string>,
  label: ((field, v) => displayTextField(field, v, LABEL_MAX)) satisfies PlainRead<string>,
  count: nonNegativeInteger,
  congestionLevel: ((field, v) =>
    CONGESTION_LEVELS.find((l) => l === v) ??
    fail(field, 'not a known value')) satisfies PlainRead<CongestionLevel>,
  time: dateTimeField,
  eventId: ((field, v) => boundedText(field, v, ID_MAX)) satisfies PlainRead<string>,
};

/**
 * Any other status is kept as `unknown` with its text: a shelter is never dropped for it, and
 * the contract (§2.2) makes such a value legal, so it is not an invalid field.
 */
function readStatus(
  entity: FlatEntityLike,
  warnings: string[],
): { openingStatus: OpeningStatus; rawStatus?: string } {
  const given = valueOf(entity, 'openingStatus');
  const { status, raw } = readListedStatus(given, 'openingStatus', OPENING_STATUSES, warnings);
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
  let id: string;
  let given: string | undefined;
  try {
    id = entityId(entity);
    const raw = valueOf(entity, 'localGovernmentCode');
    given =
      raw === undefined
        ? undefined
        : municipalityField('localGovernmentCode', raw, notMunicipality);
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    const raw = e.field === 'id' ? entity.id : valueOf(entity, e.field);
    return skip(
      raw === undefined
        ? note(e.field, 'missing', 'skipped')
        : invalidNote(e, e.field, 'skipped', raw),
    );
  }
  const warnings: string[] = [];
  const invalidFields: string[] = [];
  const fields = new SoftFields(entity, warnings, invalidFields);
  const nationalShelterId = fields.read(optional.nationalShelterId, 'nationalShelterId');
  const externalShelterId = fields.read(optional.label, 'externalShelterId');
  let code = given;
  if (code === undefined && nationalShelterId !== undefined) {
    // The 共通ID embeds the designating municipality (characters 2–6).
    code = normalizeMunicipalityCode(nationalShelterId.slice(1, 6));
    if (code === undefined) return skip(note('localGovernmentCode', 'missing', 'skipped'));
    warnings.push(encodeNote(note('localGovernmentCode', 'missing', 'takenFromId')));
  }
  if (code === undefined || (nationalShelterId === undefined && externalShelterId === undefined))
    return skip(note('', 'noIdentity', 'skipped'));
  const status = readStatus(entity, warnings);
  const evacueeTotal = fields.read(optional.count, 'evacueeTotal');
  const evacueeHouseholds = fields.read(optional.count, 'evacueeHouseholds');
  const maxCapacity = fields.read(optional.count, 'maxCapacity');
  const statusLabel = fields.read(optional.label, 'statusLabel');
  const congestionLevel = fields.read(optional.congestionLevel, 'congestionLevel');
  const openedAt = fields.read(optional.time, 'openedAt');
  const closedAt = fields.read(optional.time, 'closedAt');
  const eventId = fields.read(optional.eventId, 'project');
  const eei = readEei(fields);
  const observedAt = latestObservedAt(entity, warnings, invalidFields);
  // Assigned one by one (no conditional spreads, which build and copy an object each): this
  // runs for every shelter of every poll. Absent stays absent: no key, never undefined.
  const value: ShelterOverlay = { id, municipalityCode: code, openingStatus: status.openingStatus };
  if (status.rawStatus !== undefined) value.rawStatus = status.rawStatus;
  if (nationalShelterId !== undefined) value.nationalShelterId = nationalShelterId;
  if (externalShelterId !== undefined) value.externalShelterId = externalShelterId;
  if (statusLabel !== undefined) value.statusLabel = statusLabel;
  if (evacueeTotal !== undefined) value.evacueeTotal = evacueeTotal;
  if (evacueeHouseholds !== undefined) value.evacueeHouseholds = evacueeHouseholds;
  if (maxCapacity !== undefined) value.maxCapacity = maxCapacity;
  if (congestionLevel !== undefined) value.congestionLevel = congestionLevel;
  if (openedAt !== undefined) value.openedAt = openedAt;
  if (closedAt !== undefined) value.closedAt = closedAt;
  if (eventId !== undefined) value.eventId = eventId;
  if (eei !== undefined) value.eei = eei;
  if (observedAt !== undefined) value.observedAt = observedAt;
  if (invalidFields.length > 0) value.invalidFields = invalidFields;
  return { ok: true, value, warnings };
}
