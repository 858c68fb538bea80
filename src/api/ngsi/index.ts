/**
 * NGSI-LD transport and representation layer. Entity schemas build on `flattenEntity` /
 * `flattenTemporalEntity`; the query layer on `createNgsiClient`, `isRetryable`, `retryDelayMs`.
 */
export { createNgsiClient, createNgsiClientOver, type NgsiClient } from './client';
export { createHttpTransport } from './http-transport';
export type { NgsiSettings } from './settings';
export type { NgsiTransport, NgsiResponse } from './transport';
export type { NgsiRequest, QueryParam } from './request';
export type { PagedResult, PagingOptions } from './paging';
export type {
  EntityQuery,
  EntityRepresentation,
  CountQuery,
  TemporalQuery,
  TemporalRepresentation,
  AggregationMethod,
} from './queries';
export {
  ProblemDetailsError,
  HttpError,
  NetworkError,
  TimeoutError,
  InvalidResponseError,
  isNgsiError,
  isAbortError,
  statusOf,
  type NgsiClientError,
  type NgsiErrorKind,
  type InvalidResponseReason,
} from './errors';
export type { NgsiErrorName } from './problem-details';
export { isRetryable, retryDelayMs, parseRetryAfter, type RetryDelayOptions } from './retry';
export { flattenEntity } from './representation/entity';
export { flattenTemporalEntity } from './representation/temporal';
export type {
  FlatAttr,
  FlatEntity,
  FlattenResult,
  AttrKind,
  RepresentationHint,
} from './representation/flat-types';
export type {
  TemporalEntity,
  TemporalSeries,
  TemporalFlattenResult,
} from './representation/temporal-types';
