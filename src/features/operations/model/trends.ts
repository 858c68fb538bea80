/**
 * Evacuees per municipality per hour over the last 24 hours, from either source:
 * (a) the broker's temporal API (`aggregatedValues`, `max` per PT1H), or
 * (b) the dashboard's own poll history when the broker has no temporal API (404/501).
 * Both give the same `HourlySeries`, so the chart does not care. Times are epoch ms; hours
 * are whole UTC hours, which are whole JST hours too (UTC+9, no DST): labels are the UI's job.
 */
import type {
  TemporalEntity,
  TemporalSeries,
} from '../../../api/ngsi/representation/temporal-types';
import type { ShelterOverlay } from '../../../domain/live';
import { MUNICIPALITIES } from '../../../domain/municipalities';
import type { MunicipalityCode } from '../../../domain/types';

export const HOUR_MS = 3_600_000;
export const WINDOW_HOURS = 24;

export interface HourlySeries {
  /** Start of each hour, oldest first: the 24 hours ending with the one containing `now`. */
  hours: number[];
  /** All 21 municipalities; one value per hour, `null` where nothing was observed. */
  byMunicipality: Record<MunicipalityCode, (number | null)[]>;
}

export const hourStart = (t: number): number => Math.floor(t / HOUR_MS) * HOUR_MS;

export function hourWindow(now: number, hours = WINDOW_HOURS): number[] {
  const last = hourStart(now);
  return Array.from({ length: hours }, (_, i) => last - (hours - 1 - i) * HOUR_MS);
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Keeps the larger value per hour bucket. */
function putMax(buckets: Map<number, number>, time: number, value: unknown): void {
  if (!Number.isFinite(time) || !isCount(value)) return;
  const hour = hourStart(time);
  buckets.set(hour, Math.max(buckets.get(hour) ?? 0, value));
}

/** One overlay's hourly maxima, whichever form the broker answered in. */
function hourlyMax(series: TemporalSeries): Map<number, number> {
  const buckets = new Map<number, number>();
  const max = series.aggregates?.['max'];
  if (max) for (const [value, start] of max) putMax(buckets, Date.parse(start), value);
  else if (series.values)
    for (const [value, at] of series.values) putMax(buckets, Date.parse(at), value);
  else for (const i of series.instances ?? []) putMax(buckets, Date.parse(i.observedAt), i.value);
  return buckets;
}

function emptySeries(hours: readonly number[]): HourlySeries {
  return {
    hours: [...hours],
    byMunicipality: Object.fromEntries(
      MUNICIPALITIES.map((m) => [m.code, hours.map((): number | null => null)]),
    ),
  };
}

/**
 * (a) From temporal entities (`flattenTemporalEntity(...).entity`). Each entity is mapped to
 * a municipality through the current overlay with the same id — pass the overlays that won
 * the join (`live.map(l => l.overlay)`), so a shelter reported twice is not counted twice.
 *
 * A broker stores an instance only when a value changes, so an hour in which a shelter
 * reported nothing has no bucket although its evacuees are still there: within the window
 * each overlay's last value is carried forward until it reports again (also from a bucket
 * before the window, if the broker sent one). Before an overlay's first value it contributes
 * nothing; an hour in which no overlay of a municipality has a value is `null`. Query with
 * `timeAt` on a whole hour so that the broker's PT1H buckets line up with these hours.
 */
export function seriesFromTemporal(
  entities: readonly TemporalEntity[],
  overlays: readonly ShelterOverlay[],
  now: number,
  attr = 'evacueeTotal',
): HourlySeries {
  return sumTemporalBuckets(bucketTemporal(entities, attr), overlays, now);
}

/** Per entity id, its hourly maxima: the costly part, done once per temporal response. */
export type TemporalBuckets = ReadonlyMap<string, ReadonlyMap<number, number>>;

export function bucketTemporal(
  entities: readonly TemporalEntity[],
  attr = 'evacueeTotal',
): TemporalBuckets {
  const out = new Map<string, Map<number, number>>();
  for (const entity of entities) {
    const series = entity.series[attr];
    if (series) out.set(entity.id, hourlyMax(series));
  }
  return out;
}

/** The cheap part, redone per poll: map entities to municipalities and add up the window. */
export function sumTemporalBuckets(
  buckets: TemporalBuckets,
  overlays: readonly Pick<ShelterOverlay, 'id' | 'municipalityCode'>[],
  now: number,
): HourlySeries {
  const hours = hourWindow(now);
  const out = emptySeries(hours);
  const first = hours[0] ?? 0;
  const municipalityOf = new Map(overlays.map((o) => [o.id, o.municipalityCode]));
  for (const [id, byHour] of buckets) {
    const code = municipalityOf.get(id);
    const row = code === undefined ? undefined : out.byMunicipality[code];
    if (!row) continue;
    // Seed with the latest bucket before the window, if the broker sent one.
    let last: number | undefined;
    let lastHour = -Infinity;
    for (const [h, v] of byHour) if (h < first && h > lastHour) [lastHour, last] = [h, v];
    hours.forEach((hour, i) => {
      last = byHour.get(hour) ?? last;
      if (last !== undefined) row[i] = (row[i] ?? 0) + last;
    });
  }
  return out;
}

/** One poll's evacuees per municipality (e.g. from `aggregate(...).byMunicipality`). */
export interface PollSample {
  at: number;
  byMunicipality: Readonly<Record<MunicipalityCode, number>>;
}

export interface HistoryLimits {
  /** Samples older than this before the newest are dropped. */
  windowMs: number;
  /** At most this many samples: one per hour once folded, so a day and a bit. */
  maxPoints: number;
}

export const DEFAULT_HISTORY_LIMITS: HistoryLimits = {
  windowMs: WINDOW_HOURS * HOUR_MS,
  maxPoints: WINDOW_HOURS + 2,
};

/** Per municipality, the larger of two polls. */
function foldMax(
  a: Readonly<Record<MunicipalityCode, number>>,
  b: Readonly<Record<MunicipalityCode, number>>,
): Record<MunicipalityCode, number> {
  const out: Record<MunicipalityCode, number> = { ...a };
  for (const [code, v] of Object.entries(b)) {
    const prev = out[code];
    out[code] = prev === undefined || !isCount(prev) || (isCount(v) && v > prev) ? v : prev;
  }
  return out;
}

/**
 * (b) Adds a poll to the history, returning a new bounded array (the input is not changed).
 * The chart shows each hour's highest count, so polls within one hour fold into one sample
 * holding each municipality's maximum (at the newest poll's time): the history stays at about
 * 25 samples however often the display polls (a 1-second poll would otherwise keep 86,400 a
 * day). A sample older than the newest is ignored (a late response must not rewrite the past).
 */
export function appendPoll(
  history: readonly PollSample[],
  sample: PollSample,
  limits: HistoryLimits = DEFAULT_HISTORY_LIMITS,
): PollSample[] {
  if (!Number.isFinite(sample.at)) return [...history];
  const newest = history[history.length - 1];
  if (newest && sample.at < newest.at) return [...history];
  const sameHour = newest !== undefined && hourStart(newest.at) === hourStart(sample.at);
  const merged: PollSample = sameHour
    ? { at: sample.at, byMunicipality: foldMax(newest.byMunicipality, sample.byMunicipality) }
    : sample;
  const kept = sameHour ? history.slice(0, -1) : history;
  const cutoff = sample.at - limits.windowMs;
  const recent = [...kept.filter((s) => s.at > cutoff), merged];
  return recent.slice(Math.max(0, recent.length - limits.maxPoints));
}

/**
 * (b) Hourly series from the poll history: the largest value polled within each hour. Hours
 * without a poll (the page was closed, the network down) stay `null`: no data is not zero.
 */
export function seriesFromHistory(history: readonly PollSample[], now: number): HourlySeries {
  const hours = hourWindow(now);
  const out = emptySeries(hours);
  const first = hours[0] ?? 0;
  for (const sample of history) {
    const i = (hourStart(sample.at) - first) / HOUR_MS;
    if (i < 0 || i >= hours.length) continue;
    for (const [code, value] of Object.entries(sample.byMunicipality)) {
      const row = out.byMunicipality[code];
      if (row && isCount(value)) row[i] = Math.max(row[i] ?? 0, value);
    }
  }
  return out;
}
