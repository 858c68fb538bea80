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
import type { FlatEntityLike } from './flat';
import {
  boundedText,
  calendarDate,
  dateTimeField,
  Invalid,
  municipalityField,
  oneOf,
  plainParser,
  publishedCount,
  required,
  stringField,
  valueOf,
} from './plain-fields';
import { memo } from './memo';

/*
 * The tourism feeds are the largest the dashboard reads (a day of presence is ~5,000
 * observations), so their rules are plain checks (plain-fields.ts), not zod object schemas.
 */

const ID_MAX = 512;
/** Smart Data Models' `dataProvider`: who made the numbers (the mock says it is synthetic). */
const PROVIDER_MAX = 200;
const COUNTRY = /^[A-Z]{2}$/;
const PREFECTURE = /^(0[1-9]|[1-3]\d|4[0-7])$/;

/** The provider's name when given: any text up to PROVIDER_MAX, an empty one included. */
function providerOf(entity: FlatEntityLike): string | undefined {
  const v = valueOf(entity, 'dataProvider');
  if (v === undefined) return undefined;
  const s = stringField('dataProvider', v);
  if (s.length > PROVIDER_MAX)
    throw new Invalid('dataProvider', `longer than ${PROVIDER_MAX} characters`);
  return s;
}

function hourOf(v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 23)
    throw new Invalid('hour', 'not an hour');
  return v;
}

/** JST midnight of a date already checked: a day's observations share one date. */
const dayStartMs = memo(jstDayStartMs);

const municipalityCode = () => 'not a Nagasaki municipality code';
const unknownCode = (raw: string) => `unknown code ${raw.slice(0, 12)}`;

export const parsePresence = plainParser(readPresence);

function readPresence(entity: FlatEntityLike): PresenceObservation {
  const id = boundedText('id', entity.id, ID_MAX);
  const code = municipalityField(
    'locationCode',
    required(entity, 'locationCode'),
    municipalityCode,
  );
  const date = calendarDate('dateObserved', required(entity, 'dateObserved'));
  const hour = hourOf(required(entity, 'hour'));
  const nationality = stringField('nationality', required(entity, 'nationality'));
  if (!COUNTRY.test(nationality))
    throw new Invalid('nationality', 'not an ISO 3166-1 alpha-2 code');
  const originRaw = valueOf(entity, 'originPrefectureCode');
  const origin =
    originRaw === undefined ? undefined : stringField('originPrefectureCode', originRaw);
  if (origin !== undefined && !PREFECTURE.test(origin))
    throw new Invalid('originPrefectureCode', 'not a prefecture code');
  const count = publishedCount(entity, 'visitorCount');
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
  if (PREFECTURE.test(s)) return { kind: 'prefecture', code: s };
  const code = normalizeMunicipalityCode(s);
  if (code !== undefined) return { kind: 'municipality', code };
  throw new Invalid('originCode', unknownCode(s));
}

export const parseFlow = plainParser(readFlow);

function readFlow(entity: FlatEntityLike): FlowObservation {
  const id = boundedText('id', entity.id, ID_MAX);
  const origin = originOf(required(entity, 'originCode'));
  const destinationCode = municipalityField(
    'destinationCode',
    required(entity, 'destinationCode'),
    unknownCode,
  );
  const fromMs = dateTimeField('dateObservedFrom', required(entity, 'dateObservedFrom'));
  const toMs = dateTimeField('dateObservedTo', required(entity, 'dateObservedTo'));
  const count = publishedCount(entity, 'visitorCount');
  const category = oneOf(
    'visitorCategory',
    required(entity, 'visitorCategory'),
    VISITOR_CATEGORIES,
  );
  const stay = oneOf('stayType', required(entity, 'stayType'), STAY_TYPES);
  const modeRaw = valueOf(entity, 'transportMode');
  const mode = modeRaw === undefined ? undefined : oneOf('transportMode', modeRaw, TRANSPORT_MODES);
  const provider = providerOf(entity);
  if (toMs <= fromMs) throw new Invalid('dateObservedTo', 'period ends before it starts');
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
