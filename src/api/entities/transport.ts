/**
 * `TransportServiceStatus` (contract §6): one ferry or air service per route, direction and
 * departure port. Skipped only when it cannot say where it leaves from or goes to, or what it
 * is; an unknown status is kept as `unknown` (never dropped), a departure with an unreadable
 * time is left out, and a departure whose seats arrived broken keeps its time with its seats
 * marked unknown (never 0, never the service's default in their place).
 */
import * as z from '../../domain/zod';
import {
  SERVICE_MODES,
  SERVICE_STATUSES,
  type Departure,
  type PlaceCode,
  type TransportService,
} from '../../domain/lifelines';
import { normalizeMunicipalityCode } from '../../domain/municipalities';
import { displayText, nonNegativeInt } from './fields';
import { valuesOf, type FlatEntityLike } from './flat';
import { dateTimeMs, latestObservedAt, readListedStatus, soft } from './live-fields';
import { reasonOf, type EntityParse } from './entity-parse';
import { encodeNote, issueOfMessage, note, rawText } from './notes';

/** A Nagasaki municipality (5 or 6 digits), or a prefecture outside Nagasaki (2 digits). */
const placeCode = z.pipe(
  z.string(),
  z.transform((raw: string, ctx): PlaceCode => {
    const s = raw.trim();
    if (/^\d{2}$/.test(s) && Number(s) >= 1 && Number(s) <= 47 && s !== '42') return s;
    const code = normalizeMunicipalityCode(s);
    if (code !== undefined) return code;
    ctx.issues.push({
      code: 'custom',
      message: 'not a Nagasaki municipality or prefecture code',
      input: raw,
    });
    return z.NEVER;
  }),
);

const serviceSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(512)),
  routeId: displayText(100),
  routeName: displayText(200),
  mode: z.enum(SERVICE_MODES, { message: 'not ferry, highSpeedCraft or air' }),
  fromCode: placeCode,
  toCode: placeCode,
});

const ATTRS = [
  'routeId',
  'routeName',
  'operatorName',
  'mode',
  'fromCode',
  'toCode',
  'callsAt',
  'status',
  'remainingDepartures',
  'seatsPerDeparture',
  'statusNote',
];

/** Departures in time order; unreadable ones left out, broken seats marked, each reported. */
function readDepartures(
  values: Readonly<Record<string, unknown>>,
  warnings: string[],
): Departure[] {
  const raw = values['remainingDepartures'];
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    warnings.push(
      encodeNote(note('remainingDepartures', 'notArray', 'ignored', { raw: rawText(raw) })),
    );
    return [];
  }
  const out: Departure[] = [];
  for (const item of raw) {
    const obj: Record<string, unknown> =
      typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const at = dateTimeMs.safeParse(obj['departureAt']);
    if (!at.success) {
      warnings.push(
        encodeNote(
          note('remainingDepartures', 'notDateTime', 'ignored', {
            raw: rawText(obj['departureAt'] ?? item),
          }),
        ),
      );
      continue;
    }
    if (!Object.hasOwn(obj, 'seats') || obj['seats'] === null) {
      out.push({ at: at.data });
      continue;
    }
    const seats = nonNegativeInt.safeParse(obj['seats']);
    if (seats.success) out.push({ at: at.data, seats: seats.data });
    else {
      warnings.push(
        encodeNote(
          note(
            'remainingDepartures.seats',
            typeof obj['seats'] === 'number'
              ? issueOfMessage(seats.error.issues[0]?.message ?? '').issue
              : 'notNumber',
            'shownAsUnknown',
            { raw: rawText(obj['seats']) },
          ),
        ),
      );
      out.push({ at: at.data, seatsInvalid: true });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

const codes = z.array(placeCode);
/** Built once, not per entity (building a zod schema costs more than running it). */
const operatorText = displayText(200);
const noteText = displayText(500);

export function parseTransportService(entity: FlatEntityLike): EntityParse<TransportService> {
  const values = valuesOf(entity, ATTRS);
  const r = serviceSchema.safeParse(values);
  if (!r.success) return { ok: false, reason: reasonOf(r.error, values) };
  const d = r.data;
  const warnings: string[] = [];
  const { status, raw: rawStatus } = readListedStatus(
    values['status'],
    'status',
    SERVICE_STATUSES,
    warnings,
  );
  const departures = readDepartures(values, warnings);
  const callsAt = soft(codes, values, 'callsAt', warnings) ?? [];
  const seatsPerDeparture = soft(nonNegativeInt, values, 'seatsPerDeparture', warnings);
  const operatorName = soft(operatorText, values, 'operatorName', warnings);
  const statusNote = soft(noteText, values, 'statusNote', warnings);
  const observedAt = latestObservedAt(entity, warnings);
  return {
    ok: true,
    warnings,
    value: {
      id: d.id,
      routeId: d.routeId,
      routeName: d.routeName,
      mode: d.mode,
      fromCode: d.fromCode,
      toCode: d.toCode,
      callsAt,
      status,
      ...(rawStatus !== undefined && { rawStatus }),
      departures,
      ...(seatsPerDeparture !== undefined && { seatsPerDeparture }),
      ...(operatorName !== undefined && { operatorName }),
      ...(statusNote !== undefined && { statusNote }),
      ...(observedAt !== undefined && { observedAt }),
    },
  };
}
