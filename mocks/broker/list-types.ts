import { DEFAULT_TENANT } from './constants';
import { answer, ok, requestScope, type BrokerRequest, type BrokerResponse } from './http';
import { ENTITY_CORE_KEYS, type JsonObject } from './json';
import type { BrokerOptions } from './options';
import type { EntitySource } from './source';
import type { EntityStore } from './store';

/**
 * GET /ngsi-ld/v1/types: an EntityTypeList, or with `details=true` one EntityType per type.
 * Without the @context the short names cannot be compacted; the mock lists nothing then,
 * consistent with its empty query answers. Virtual sources' types are listed in the default
 * tenant, with the attribute names they declare.
 */
export function listTypes(
  req: BrokerRequest,
  store: EntityStore,
  options: BrokerOptions,
  sources: readonly EntitySource[] = [],
): BrokerResponse {
  return answer(() => {
    const scope = requestScope(req, store, options);
    const attributes = new Map<string, Set<string>>();
    const add = (type: string, keys: Iterable<string>): void => {
      const names = attributes.get(type) ?? new Set<string>();
      for (const key of keys) if (!ENTITY_CORE_KEYS.has(key)) names.add(key);
      attributes.set(type, names);
    };
    if (scope.contextKnown) {
      for (const { entity } of scope.data.values()) add(entity.type, Object.keys(entity));
      if (scope.tenant === DEFAULT_TENANT)
        for (const source of sources)
          for (const type of source.types) add(type, source.attributeNames?.[type] ?? []);
    }
    const types = [...attributes.keys()].sort();
    if (req.url.searchParams.get('details') === 'true') {
      const details: JsonObject[] = types.map((t) => ({
        id: t,
        type: 'EntityType',
        typeName: t,
        attributeNames: [...(attributes.get(t) ?? [])].sort(),
      }));
      return ok(req, scope, options, details);
    }
    const list = {
      id: `urn:ngsi-ld:EntityTypeList:${scope.tenant || 'default'}`,
      type: 'EntityTypeList',
      typeList: types,
    };
    return ok(req, scope, options, list);
  });
}
