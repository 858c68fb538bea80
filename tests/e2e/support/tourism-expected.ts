/**
 * Expected tourism numbers computed from the broker's raw entities, by the rules the contract
 * and the mock's README state, written without the app's parser or model:
 *  - presence: one cell per (municipality, JST hour, origin); the first record of a cell in
 *    broker order counts, later ones do not; a count that is not a non-negative integer makes
 *    the record invalid (skipped, it fills no cell); null is suppressed, never zero;
 *  - flows: the origin is a prefecture (01–47) or one of the 21 municipalities, the destination
 *    one of the 21; within one (origin, destination, category, stay, mode) a record whose
 *    period lies inside a longer record's period is not counted again.
 * Used by the e2e test (entities read over HTTP as keyValues) and by the integration test
 * (the mock's own entities, flattened the same way).
 */

/** An entity with its attributes as plain values (NGSI-LD keyValues). */
export type FlatEntity = { id: string } & Record<string, unknown>;

/** A published sum and the suppressed records it leaves out; value null = nothing published. */
export interface Expected {
  value: number | null;
  suppressed: number;
}

export type Category = 'all' | 'domestic' | 'inbound';

/** The 21 municipalities of Nagasaki Prefecture (JIS X 0402, 5 digits). */
export const MUNICIPALITY_CODES: readonly string[] = [
  '42201', '42202', '42203', '42204', '42205', '42207', '42208', '42209', '42210', '42211',
  '42212', '42213', '42214', '42307', '42308', '42321', '42322', '42323', '42383', '42391',
  '42411',
]; // prettier-ignore

export const ISLAND_CODES: ReadonlySet<string> = new Set([
  '42209',
  '42210',
  '42211',
  '42383',
  '42411',
]);

const KNOWN = new Set(MUNICIPALITY_CODES);
const JST = 9 * 3_600_000;

/** 5 digits, or 6 digits (with the check digit) of one of the 21 municipalities. */
export function municipalityOf(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || !/^\d{5,6}$/.test(raw)) return undefined;
  const code = raw.slice(0, 5);
  return KNOWN.has(code) ? code : undefined;
}

const isPrefecture = (raw: unknown): raw is string =>
  typeof raw === 'string' && /^\d{2}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= 47;

/** A count as published: a number ≥ 0, null when suppressed, undefined when invalid. */
function countOf(e: FlatEntity): number | null | undefined {
  const v = e.visitorCount;
  if (v === null || v === undefined) return null;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

export const emptyExpected = (): Expected => ({ value: null, suppressed: 0 });

function add(acc: Expected, count: number | null): void {
  if (count === null) acc.suppressed += 1;
  else acc.value = (acc.value ?? 0) + count;
}

const inCategory = (domestic: boolean, category: Category) =>
  category === 'all' || (category === 'domestic') === domestic;

export interface PresenceCell {
  code: string;
  date: string;
  hour: number;
  domestic: boolean;
  count: number | null;
}

export interface PresenceCheck {
  /** The cells the client should keep. */
  cells: PresenceCell[];
  /** Later records of a cell already filled (not counted twice). */
  duplicates: number;
  /** Records the client should skip (unknown place, bad hour, negative count…). */
  invalid: number;
}

/** The cells the client should keep: the first record of a cell in the given (broker) order. */
export function checkPresence(entities: readonly FlatEntity[]): PresenceCheck {
  const seen = new Set<string>();
  const cells: PresenceCell[] = [];
  let duplicates = 0;
  let invalid = 0;
  for (const e of entities) {
    const code = municipalityOf(e.locationCode);
    const count = countOf(e);
    const { hour, nationality, dateObserved: date } = e;
    if (
      code === undefined ||
      count === undefined ||
      typeof date !== 'string' ||
      typeof hour !== 'number' ||
      !Number.isInteger(hour) ||
      hour < 0 ||
      hour > 23 ||
      typeof nationality !== 'string'
    ) {
      invalid += 1;
      continue;
    }
    const origin =
      nationality === 'JP' ? `JP-${String(e.originPrefectureCode ?? '')}` : nationality;
    const key = `${code}|${date}|${hour}|${origin}`;
    if (seen.has(key)) {
      duplicates += 1;
      continue;
    }
    seen.add(key);
    cells.push({ code, date, hour, domestic: nationality === 'JP', count });
  }
  return { cells, duplicates, invalid };
}

/** Presence in one JST hour: the whole prefecture, the five islands, and per municipality. */
export function presenceAtHour(
  cells: readonly PresenceCell[],
  date: string,
  hour: number,
  category: Category = 'all',
): { prefecture: Expected; islands: Expected; byCode: Map<string, Expected> } {
  const prefecture = emptyExpected();
  const islands = emptyExpected();
  const byCode = new Map(MUNICIPALITY_CODES.map((c) => [c, emptyExpected()]));
  for (const c of cells) {
    if (c.date !== date || c.hour !== hour || !inCategory(c.domestic, category)) continue;
    add(prefecture, c.count);
    if (ISLAND_CODES.has(c.code)) add(islands, c.count);
    add(byCode.get(c.code)!, c.count);
  }
  return { prefecture, islands, byCode };
}

/** `2026-08-01 13:00`: the JST hour as the CSV writes it. */
export function jstMinute(ms: number): string {
  const iso = new Date(ms + JST).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** Epoch ms of a JST date and hour. */
export const jstMs = (date: string, hour = 0): number =>
  Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00+09:00`);

/** Per JST hour (`YYYY-MM-DD HH:mm`), the presence of one municipality. */
export function hourlySeries(
  cells: readonly PresenceCell[],
  code: string,
  category: Category = 'all',
): Map<string, Expected> {
  const out = new Map<string, Expected>();
  for (const c of cells) {
    if (c.code !== code || !inCategory(c.domestic, category)) continue;
    const key = jstMinute(jstMs(c.date, c.hour));
    let e = out.get(key);
    if (!e) out.set(key, (e = emptyExpected()));
    add(e, c.count);
  }
  return out;
}

export interface Flow {
  id: string;
  origin: string;
  destination: string;
  fromMs: number;
  toMs: number;
  category: string;
  stay: string;
  mode: string;
  count: number | null;
}

export interface FlowCheck {
  /** Flows the client should count. */
  kept: Flow[];
  /** Records naming an unknown origin or destination code: code → records. */
  unknownCodes: Map<string, number>;
  /** Records inside a longer record of the same group (not counted twice). */
  overlapping: number;
  /** Those records. */
  dropped: Flow[];
  /** Other invalid records. */
  invalid: number;
}

export function checkFlows(entities: readonly FlatEntity[]): FlowCheck {
  const unknownCodes = new Map<string, number>();
  const valid: Flow[] = [];
  let invalid = 0;
  for (const e of entities) {
    const origin = isPrefecture(e.originCode) ? e.originCode : municipalityOf(e.originCode);
    const destination = municipalityOf(e.destinationCode);
    if (origin === undefined || destination === undefined) {
      const code = String(origin === undefined ? e.originCode : e.destinationCode);
      unknownCodes.set(code, (unknownCodes.get(code) ?? 0) + 1);
      continue;
    }
    const count = countOf(e);
    const fromMs = Date.parse(String(e.dateObservedFrom));
    const toMs = Date.parse(String(e.dateObservedTo));
    if (count === undefined || !(toMs > fromMs)) {
      invalid += 1;
      continue;
    }
    valid.push({
      id: e.id,
      origin,
      destination,
      fromMs,
      toMs,
      category: String(e.visitorCategory),
      stay: String(e.stayType),
      mode: String(e.transportMode ?? ''),
      count,
    });
  }
  const group = (f: Flow) => [f.origin, f.destination, f.category, f.stay, f.mode].join('|');
  const inside = (f: Flow, g: Flow) =>
    group(f) === group(g) &&
    g.toMs - g.fromMs > f.toMs - f.fromMs &&
    f.fromMs < g.toMs &&
    g.fromMs < f.toMs;
  const kept = valid.filter((f) => !valid.some((g) => inside(f, g)));
  const dropped = valid.filter((f) => !kept.includes(f));
  return { kept, unknownCodes, overlapping: dropped.length, dropped, invalid };
}

/** Visitors arriving on a JST day: flows starting that day, summed. */
export function arrivalsOn(
  kept: readonly Flow[],
  date: string,
  category: Category = 'all',
): Expected {
  const from = jstMs(date);
  const total = emptyExpected();
  for (const f of kept) {
    if (f.fromMs < from || f.fromMs >= from + 86_400_000) continue;
    if (category !== 'all' && f.category !== category) continue;
    add(total, f.count);
  }
  return total;
}

/** How the Japanese UI writes a total: "76,853", "76,853以上", or "データなし". */
export function jaTotal(e: Expected): string {
  if (e.value === null) return 'データなし';
  const n = e.value.toLocaleString('ja-JP');
  return e.suppressed > 0 ? `${n}以上` : n;
}

/** Parses RFC 4180 CSV (quoted fields, CRLF), after checking and dropping the UTF-8 BOM. */
export function parseCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('CSV without a byte order mark');
  const body = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      throw new Error(`bare line break at ${i}: lines must end in CRLF`);
    } else field += ch;
  }
  if (field !== '' || row.length > 0) throw new Error('last line does not end in CRLF');
  return rows;
}
