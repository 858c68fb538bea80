import type { JsonValue } from '../json';
import { badRequest } from '../problem';
import { csv } from '../represent';
import { addDuration, parseDuration, scaleDuration, type Duration } from './duration';

export const AGGREGATION_METHODS = ['totalCount', 'sum', 'avg', 'min', 'max'] as const;
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];

export interface Aggregation {
  methods: AggregationMethod[];
  /** Undefined: the whole window is one period. */
  period?: Duration;
}

/** One aggregated value with its period: `[value, start, end]`. */
export type AggregatedValue = [number, string, string];

// Keeps a too-fine period over a long window from spinning for minutes.
const MAX_PERIODS = 100_000;

const isMethod = (m: string): m is AggregationMethod =>
  (AGGREGATION_METHODS as readonly string[]).includes(m);

export function parseAggregation(url: URL): Aggregation {
  const methods = csv(url.searchParams.get('aggrMethods'));
  if (methods.length === 0) throw badRequest('aggregatedValues needs aggrMethods');
  const unknown = methods.filter((m) => !isMethod(m));
  if (unknown.length > 0)
    throw badRequest(
      `unsupported aggrMethods: ${unknown.join(', ')} (supported: ${AGGREGATION_METHODS.join(', ')})`,
    );
  const raw = url.searchParams.get('aggrPeriodDuration');
  if (raw === null) return { methods: methods.filter(isMethod) };
  const period = parseDuration(raw);
  if (!period)
    throw badRequest(`aggrPeriodDuration must be a non-zero ISO 8601 duration, got "${raw}"`);
  return { methods: methods.filter(isMethod), period };
}

/**
 * Buckets instances (sorted by time) into periods that start at `origin` and reports each
 * method per non-empty period. sum/avg/min/max use numeric values only; totalCount counts all.
 */
export function aggregate(
  instances: readonly { value: JsonValue; time: number }[],
  aggregation: Aggregation,
  origin: number,
  windowEnd: number | undefined,
): Partial<Record<AggregationMethod, AggregatedValue[]>> {
  const buckets: { start: number; end: number; values: JsonValue[] }[] = [];
  const { period } = aggregation;
  const boundary = (k: number): number =>
    period ? addDuration(origin, scaleDuration(period, k)) : Infinity;
  let k = 0;
  let start = origin;
  let end = period ? boundary(1) : Math.max(windowEnd ?? 0, (instances.at(-1)?.time ?? 0) + 1);
  for (const { value, time } of instances) {
    if (time < origin) continue;
    while (time >= end) {
      k += 1;
      if (k > MAX_PERIODS)
        throw badRequest(`aggrPeriodDuration gives more than ${MAX_PERIODS} periods`);
      [start, end] = [end, boundary(k + 1)];
    }
    const last = buckets.at(-1);
    if (last && last.start === start) last.values.push(value);
    else buckets.push({ start, end, values: [value] });
  }
  const out: Partial<Record<AggregationMethod, AggregatedValue[]>> = {};
  for (const method of aggregation.methods) {
    out[method] = buckets.flatMap((b): AggregatedValue[] => {
      const v = reduce(method, b.values);
      return v === undefined
        ? []
        : [[v, new Date(b.start).toISOString(), new Date(b.end).toISOString()]];
    });
  }
  return out;
}

function reduce(method: AggregationMethod, values: readonly JsonValue[]): number | undefined {
  if (method === 'totalCount') return values.length;
  const nums = values.filter((v): v is number => typeof v === 'number');
  if (nums.length === 0) return undefined;
  if (method === 'sum') return nums.reduce((a, b) => a + b, 0);
  if (method === 'avg') return nums.reduce((a, b) => a + b, 0) / nums.length;
  return method === 'min' ? Math.min(...nums) : Math.max(...nums);
}
