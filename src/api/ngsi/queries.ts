/** Caller-facing query descriptions (contract §1 "Queries used"). */
import type { PagingOptions } from './paging';

export type EntityRepresentation = 'normalized' | 'keyValues' | 'concise';

export interface EntityQuery extends PagingOptions {
  /** Entity type as named in the @context, e.g. `EvacuationShelter`. */
  type: string;
  /** NGSI-LD query language, e.g. `openingStatus=="open","full"`; passed through verbatim. */
  q?: string;
  attrs?: readonly string[];
  /** Default `normalized`, the only one that keeps per-attribute `observedAt` for every value. */
  options?: EntityRepresentation;
  /** Adds `sysAttrs` to `options`: the broker's own `createdAt`/`modifiedAt` per entity. */
  sysAttrs?: boolean;
}

export interface CountQuery {
  type: string;
  q?: string;
  signal?: AbortSignal;
}

export const AGGREGATION_METHODS = [
  'totalCount',
  'distinctCount',
  'sum',
  'avg',
  'min',
  'max',
  'stddev',
  'sumsq',
] as const;
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];

export type TemporalRepresentation = 'temporalValues' | 'aggregatedValues' | 'normalized';

type TimeRange =
  | { timerel: 'before' | 'after'; timeAt: string; endTimeAt?: undefined }
  | { timerel: 'between'; timeAt: string; endTimeAt: string };

export type TemporalQuery = PagingOptions &
  TimeRange & {
    type: string;
    q?: string;
    attrs?: readonly string[];
    options: TemporalRepresentation;
    /** Only with `aggregatedValues`. */
    aggrMethods?: readonly AggregationMethod[];
    /** ISO 8601 duration, e.g. `PT1H`; only with `aggregatedValues`. */
    aggrPeriodDuration?: string;
    /** Only the last N instances per attribute (brokers differ in support). */
    lastN?: number;
  };
