import { DEFAULT_TENANT } from './constants';
import { FaultQueue, type FaultSpec } from './faults';
import type { BrokerRequest, BrokerResponse } from './http';
import type { NgsiEntity } from './json';
import { listTypes } from './list-types';
import { DEFAULT_BROKER_OPTIONS, type BrokerOptions } from './options';
import { queryEntities } from './query-entities';
import { retrieveEntity } from './retrieve-entity';
import type { EntitySource } from './source';
import {
  EntityStore,
  type AttributeInstance,
  type HistoryFilter,
  type TenantData,
  type UpsertOptions,
} from './store';
import { queryTemporal } from './temporal/query-temporal';

/**
 * An in-memory NGSI-LD context broker: an entity store with history, the read side of the
 * API as framework-free functions, a fault queue, and runtime-tunable quirks.
 */
export interface Broker {
  readonly options: Readonly<BrokerOptions>;
  readonly faults: FaultQueue;
  configure(patch: Partial<BrokerOptions>): void;

  /**
   * Creates or merges an entity; a string is the observedAt stamped on its attributes. The
   * write sets the system times (`options=sysAttrs`): see UpsertOptions.writtenAt.
   */
  upsert(entity: NgsiEntity, options?: string | UpsertOptions): void;
  upsertMany(entities: readonly NgsiEntity[], options?: string | UpsertOptions): void;
  /** Adds past instances of one attribute without changing its current value. */
  appendHistory(
    entityId: string,
    attribute: string,
    instances: readonly AttributeInstance[],
    tenant?: string,
  ): void;
  /** Drops or thins recorded history in place; every tenant when none is named. */
  compactHistory(keep: HistoryFilter, tenant?: string): number;
  remove(entityId: string, tenant?: string): boolean;
  getEntity(entityId: string, tenant?: string): NgsiEntity | undefined;
  createTenant(name: string): void;
  /** Empties one tenant, or every tenant (leaving an empty default one). */
  clear(tenant?: string): void;
  snapshot(): Map<string, TenantData>;
  restore(snapshot: Map<string, TenantData>): void;

  setFault(spec: FaultSpec): void;
  clearFaults(): void;

  /**
   * Serves a virtual entity source's types from now on (see EntitySource). Sources are not
   * data: snapshot, restore and clear leave them in place.
   */
  addSource(source: EntitySource): void;

  queryEntities(req: BrokerRequest): BrokerResponse;
  retrieveEntity(req: BrokerRequest, entityId: string): BrokerResponse;
  listTypes(req: BrokerRequest): BrokerResponse;
  queryTemporal(req: BrokerRequest): BrokerResponse;
}

/**
 * @param now the clock behind `createdAt`/`modifiedAt` of writes that name no `writtenAt`
 *   (epoch ms; default Date.now).
 */
export function createBroker(
  options: Partial<BrokerOptions> = {},
  now: () => number = Date.now,
): Broker {
  const store = new EntityStore(now);
  const faults = new FaultQueue();
  const sources: EntitySource[] = [];
  let current: BrokerOptions = { ...DEFAULT_BROKER_OPTIONS, ...options };
  const upsertOptions = (o: string | UpsertOptions | undefined): UpsertOptions =>
    typeof o === 'string' ? { observedAt: o } : (o ?? {});

  return {
    get options() {
      return current;
    },
    faults,
    configure(patch) {
      current = { ...current, ...patch };
    },
    upsert: (entity, o) => store.upsert(entity, upsertOptions(o)),
    upsertMany(entities, o) {
      const resolved = upsertOptions(o);
      for (const entity of entities) store.upsert(entity, resolved);
    },
    appendHistory: (id, attribute, instances, tenant) =>
      store.appendHistory(id, attribute, instances, tenant),
    compactHistory: (keep, tenant) => store.compactHistory(keep, tenant),
    remove: (id, tenant) => store.remove(id, tenant),
    getEntity(id, tenant = DEFAULT_TENANT) {
      const stored = store.tenant(tenant)?.get(id);
      return stored ? structuredClone(stored.entity) : undefined;
    },
    createTenant: (name) => void store.ensureTenant(name),
    clear: (tenant) => store.clear(tenant),
    snapshot: () => store.snapshot(),
    restore: (snapshot) => store.restore(snapshot),
    setFault: (spec) => faults.add(spec),
    clearFaults: () => faults.clear(),
    addSource: (source) => void sources.push(source),
    queryEntities: (req) => queryEntities(req, store, current, sources),
    retrieveEntity: (req, id) => retrieveEntity(req, id, store, current),
    listTypes: (req) => listTypes(req, store, current, sources),
    queryTemporal: (req) => queryTemporal(req, store, current),
  };
}
