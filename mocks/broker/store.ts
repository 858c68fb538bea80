import { DEFAULT_TENANT } from './constants';
import { ENTITY_CORE_KEYS, isJsonObject, type JsonValue, type NgsiEntity } from './json';

/** One past value of an attribute, as the temporal API serves it. */
export interface AttributeInstance {
  value: JsonValue;
  observedAt: string;
}

/** NGSI-LD system attributes: when the broker first stored a thing, and last wrote it. */
export interface SystemTimes {
  createdAt: string;
  modifiedAt: string;
}

/** The entity's own system times and each attribute's, as `options=sysAttrs` serves them. */
export interface EntityTimes extends SystemTimes {
  attrs: Map<string, SystemTimes>;
}

export interface StoredEntity {
  entity: NgsiEntity;
  /** Per attribute name, instances sorted by observedAt (oldest first). */
  history: Map<string, AttributeInstance[]>;
  times: EntityTimes;
}

export type TenantData = Map<string, StoredEntity>;

/** Chooses the instances of one attribute's history to keep (see compactHistory). */
export type HistoryFilter = (
  instances: readonly AttributeInstance[],
  attribute: string,
  entityId: string,
) => readonly AttributeInstance[];

export interface UpsertOptions {
  tenant?: string;
  /** Stamped on every attribute that has no observedAt of its own, and recorded in history. */
  observedAt?: string;
  /**
   * When this write happens (ISO 8601): the entity's and the written attributes' `modifiedAt`,
   * and `createdAt` of whatever is new. Default: the store's clock at the time of the call.
   */
  writtenAt?: string;
}

/**
 * Entities per tenant, in insertion order (real brokers page in a stable order too), with
 * per-attribute history. Pure data: no HTTP, no timers, so a scenario engine can drive it.
 */
export class EntityStore {
  private tenants = new Map<string, TenantData>([[DEFAULT_TENANT, new Map()]]);

  /** @param now the clock that stamps writes without a `writtenAt` of their own (epoch ms). */
  constructor(private readonly now: () => number = Date.now) {}

  tenant(name: string): TenantData | undefined {
    return this.tenants.get(name);
  }

  tenantNames(): string[] {
    return [...this.tenants.keys()];
  }

  ensureTenant(name: string): TenantData {
    let data = this.tenants.get(name);
    if (!data) {
      data = new Map();
      this.tenants.set(name, data);
    }
    return data;
  }

  /**
   * Creates the entity, or merges the given attributes into it (attributes not named are
   * kept: NGSI-LD upsert with update semantics, what a live feed does every poll).
   */
  upsert(input: NgsiEntity, options: UpsertOptions = {}): void {
    const data = this.ensureTenant(options.tenant ?? DEFAULT_TENANT);
    const incoming = structuredClone(input);
    const existing = data.get(incoming.id);
    const at = options.writtenAt ?? new Date(this.now()).toISOString();
    const stored: StoredEntity =
      existing && existing.entity.type === incoming.type
        ? existing
        : {
            entity: { id: incoming.id, type: incoming.type },
            history: new Map(),
            times: { createdAt: at, modifiedAt: at, attrs: new Map() },
          };
    stored.times.modifiedAt = at;
    for (const [name, attr] of Object.entries(incoming)) {
      if (ENTITY_CORE_KEYS.has(name)) continue;
      const times = stored.times.attrs.get(name);
      if (times) times.modifiedAt = at;
      else stored.times.attrs.set(name, { createdAt: at, modifiedAt: at });
      if (isJsonObject(attr) && options.observedAt !== undefined && attr.observedAt === undefined) {
        attr.observedAt = options.observedAt;
      }
      stored.entity[name] = attr;
      if (isJsonObject(attr) && typeof attr.observedAt === 'string') {
        const value = attr.value ?? attr.object ?? attr.languageMap ?? null;
        addInstances(stored.history, name, [{ value, observedAt: attr.observedAt }]);
      }
    }
    data.set(incoming.id, stored);
  }

  /** Adds past instances without touching the current value (to seed history). */
  appendHistory(
    entityId: string,
    attribute: string,
    instances: readonly AttributeInstance[],
    tenant = DEFAULT_TENANT,
  ): void {
    const stored = this.tenants.get(tenant)?.get(entityId);
    if (!stored) throw new Error(`appendHistory: no entity ${entityId} in tenant "${tenant}"`);
    addInstances(stored.history, attribute, structuredClone(instances));
  }

  /**
   * Rewrites recorded history in place: `keep` gets each attribute's instances (oldest first)
   * and returns the ones to keep, in order. Returns how many were dropped. Lets a long-running
   * drill bound its memory without copying the store (snapshot + restore costs ~0.3 s).
   */
  compactHistory(keep: HistoryFilter, tenant?: string): number {
    let dropped = 0;
    const names = tenant === undefined ? this.tenantNames() : [tenant];
    for (const name of names) {
      for (const [id, stored] of this.tenants.get(name) ?? []) {
        for (const [attribute, list] of stored.history) {
          const kept = keep(list, attribute, id);
          if (kept === list) continue;
          dropped += list.length - kept.length;
          // A copy: the filter sees a read-only view and may hand back part of it.
          if (kept.length > 0) stored.history.set(attribute, [...kept]);
          else stored.history.delete(attribute);
        }
      }
    }
    return dropped;
  }

  remove(entityId: string, tenant = DEFAULT_TENANT): boolean {
    return this.tenants.get(tenant)?.delete(entityId) ?? false;
  }

  /** Empties one tenant, or drops every tenant but an empty default one. */
  clear(tenant?: string): void {
    if (tenant !== undefined) this.tenants.get(tenant)?.clear();
    else this.tenants = new Map([[DEFAULT_TENANT, new Map()]]);
  }

  snapshot(): Map<string, TenantData> {
    return structuredClone(this.tenants);
  }

  restore(snapshot: Map<string, TenantData>): void {
    this.tenants = structuredClone(snapshot);
  }
}

function addInstances(
  history: Map<string, AttributeInstance[]>,
  attribute: string,
  instances: readonly AttributeInstance[],
): void {
  const list = history.get(attribute) ?? [];
  let sorted = true;
  for (const instance of instances) {
    // The common case, a live feed's newest observation: append, no search and no sort.
    const last = list.at(-1);
    if (!last || Date.parse(last.observedAt) < Date.parse(instance.observedAt)) {
      list.push(instance);
      continue;
    }
    // One instance per instant: a feed re-sending an unchanged attribute must not duplicate it.
    const same = list.findIndex((i) => i.observedAt === instance.observedAt);
    if (same >= 0) list[same] = instance;
    else list.push(instance);
    sorted = false;
  }
  if (!sorted) list.sort((a, b) => Date.parse(a.observedAt) - Date.parse(b.observedAt));
  history.set(attribute, list);
}
