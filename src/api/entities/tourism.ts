import { HOUR_MS, jstDayStartMs } from '../../domain/jst';
import { normalizeMunicipalityCode } from '../../domain/municipalities';
import {
  STAY_TYPES,
  TRANSPORT_MODES,
  VISITOR_CATEGORIES,
  type FlowObservation,
  type FlowOrigin,
  type PresenceObservation,
} from '../../domain/tourism';
import { memberOf, type FlatEntityLike } from './flat';
import {
  calendarDate,
  countOrNull,
  dateTimeField,
  municipalityField,
  oneOf,
  plainParser,
  present,
  stringField,
  textUpTo,
  entityId,
} from './plain-fields';
import { fail } from './invalid';
import { memo } from './memo';

/*
 * The tourism feeds are the largest the dashboard reads (a day of presence is ~5,000
 * observations), so their rules are plain checks (plain-fields.ts), not zod object schemas.
 */

/** Smart Data Models' `dataProvider`: who made the numbers (the mock says it is synthetic). */
const PROVIDER_MAX = 200;

/** Two capital letters A–Z (an ISO 3166-1 alpha-2 code's shape), checked without a RegExp. */
function isCountryShape(s: string): boolean {
  if (s.length !== 2) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  return a >= 0x41 && a <= 0x5a && b >= 0x41 && b <= 0x5a;
}

/** A 2-digit prefecture code, 01–47, checked without a RegExp. */
function isPrefectureCode(s: string): boolean {
  if (s.length !== 2) return false;
  const tens = s.charCodeAt(0) - 0x30;
  const ones = s.charCodeAt(1) - 0x30;
  if (tens < 0 || tens > 9 || ones < 0 || ones > 9) return false;
  const n = tens * 10 + ones;
  return n >= 1 && n <= 47;
}

/** The provider's name when given: any text up to PROVIDER_MAX, an empty one included. */
function providerOf(entity: FlatEntityLike): string | undefined {
  const v = memberOf(entity, 'dataProvider', entity.values?.dataProvider);
  return v === undefined ? undefined : textUpTo('dataProvider', v, PROVIDER_MAX);
}

function hourOf(v: unknown): number {
  const ok = typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 23;
  return ok ? v : fail('hour', 'not an hour');
}

/** A string of the shape `test` accepts, else `message`. */
function shaped(field: string, v: unknown, test: (s: string) => boolean, message: string): string {
  const s = stringField(field, v);
  return test(s) ? s : fail(field, message);
}

/** JST midnight of a date already checked: a day's observations share one date. */
const dayStartMs = memo(jstDayStartMs);

const notMunicipality = () => 'not a Nagasaki municipality code';
const unknownCode = (raw: string) => `unknown code ${raw.slice(0, 12)}`;

export const parsePresence = plainParser(readPresence);

function readPresence(entity: FlatEntityLike): PresenceObservation {
  // Each member loaded by its name written out (`memberOf`): thousands of entities a day.
  const m = entity.values;
  const id = entityId(entity);
  const code = municipalityField(
    'locationCode',
    present('locationCode', memberOf(entity, 'locationCode', m?.locationCode)),
    notMunicipality,
  );
  const date = calendarDate(
    'dateObserved',
    present('dateObserved', memberOf(entity, 'dateObserved', m?.dateObserved)),
  );
  const hour = hourOf(present('hour', memberOf(entity, 'hour', m?.hour)));
  const nationality = shaped(
    'nationality',
    present('nationality', memberOf(entity, 'nationality', m?.nationality)),
    isCountryShape,
    'not an ISO 3166-1 alpha-2 code',
  );
  const givenOrigin = memberOf(entity, 'originPrefectureCode', m?.originPrefectureCode);
  const origin =
    givenOrigin === undefined
      ? undefined
      : shaped('originPrefectureCode', givenOrigin, isPrefectureCode, 'not a prefecture code');
  const count = countOrNull('visitorCount', memberOf(entity, 'visitorCount', m?.visitorCount));
  const provider = providerOf(entity);
  const value: PresenceObservation = {
    id,
    municipalityCode: code,
    date,
    hour,
    startMs: dayStartMs(date) + hour * HOUR_MS,
    nationality,
    count,
  };
  if (origin !== undefined) value.originPrefecture = origin;
  if (provider !== undefined) value.provider = provider;
  return value;
}

/** A Nagasaki municipality (5 or 6 digits), or a 2-digit prefecture for arrivals from outside. */
function originOf(v: unknown): FlowOrigin {
  const s = stringField('originCode', v).trim();
  if (isPrefectureCode(s)) return { kind: 'prefecture', code: s };
  const code = normalizeMunicipalityCode(s);
  if (code !== undefined) return { kind: 'municipality', code };
  return fail('originCode', unknownCode(s));
}

export const parseFlow = plainParser(readFlow);

function readFlow(entity: FlatEntityLike): FlowObservation {
  // Each member loaded by its name written out (`memberOf`), as for presence.
  const m = entity.values;
  const id = entityId(entity);
  const origin = originOf(present('originCode', memberOf(entity, 'originCode', m?.originCode)));
  const destinationCode = municipalityField(
    'destinationCode',
    present('destinationCode', memberOf(entity, 'destinationCode', m?.destinationCode)),
    unknownCode,
  );
  const fromMs = dateTimeField(
    'dateObservedFrom',
    present('dateObservedFrom', memberOf(entity, 'dateObservedFrom', m?.dateObservedFrom)),
  );
  const toMs = dateTimeField(
    'dateObservedTo',
    present('dateObservedTo', memberOf(entity, 'dateObservedTo', m?.dateObservedTo)),
  );
  const count = countOrNull('visitorCount', memberOf(entity, 'visitorCount', m?.visitorCount));
  const category = oneOf(
    'visitorCategory',
    present('visitorCategory', memberOf(entity, 'visitorCategory', m?.visitorCategory)),
    VISITOR_CATEGORIES,
  );
  const stay = oneOf(
    'stayType',
    present('stayType', memberOf(entity, 'stayType', m?.stayType)),
    STAY_TYPES,
  );
  const givenMode = memberOf(entity, 'transportMode', m?.transportMode);
  const mode =
    givenMode === undefined ? undefined : oneOf('transportMode', givenMode, TRANSPORT_MODES);
  const provider = providerOf(entity);
  if (toMs <= fromMs) fail('dateObservedTo', 'period ends before it starts');
  const value: FlowObservation = {
    id,
    origin,
    destinationCode,
    fromMs,
    toMs,
    count,
    category,
    stay,
  };
  if (mode !== undefined) value.mode = mode;
  if (provider !== undefined) value.provider = provider;
  return value;
}
