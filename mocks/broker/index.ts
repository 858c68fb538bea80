export { createBroker, type Broker } from './broker';
export {
  DEFAULT_CONTEXT_URL,
  DEFAULT_TENANT,
  JSON_LD_CONTEXT_REL,
  RESULTS_COUNT_HEADER,
  TENANT_HEADER,
} from './constants';
export { FAULTS, FaultQueue, type FaultPreset, type FaultSpec } from './faults';
export { inflateEntities, PADDING_ATTRIBUTE } from './inflate';
export type { BrokerRequest, BrokerResponse } from './http';
export {
  isJsonObject,
  isNgsiEntity,
  type JsonObject,
  type JsonValue,
  type NgsiEntity,
} from './json';
export { DEFAULT_BROKER_OPTIONS, type BrokerOptions } from './options';
export { NgsiError, problemDetails, type NgsiErrorName } from './problem';
export { matchesSelection, type Selection } from './select';
export type { EntitySource } from './source';
export type { AttributeInstance, HistoryFilter, TenantData, UpsertOptions } from './store';
