import { answer, ok, requestScope, type BrokerRequest, type BrokerResponse } from './http';
import { ENTITY_CORE_KEYS, type JsonObject } from './json';
import type { BrokerOptions } from './options';
import type { EntityStore } from './store';

/**
 * GET /ngsi-ld/v1/types: an EntityTypeList, or with `details=true` one EntityType per type.
 * Without the @context the short names cannot be compacted; the mock lists nothing then,
 * consistent with its empty query answers.
 */
export function listTypes(
  req: BrokerRequest,
  store: EntityStore,
  options: BrokerOptions,
): BrokerResponse {
  return answer(() => {
    const scope = requestScope(req, store, options);
    const attributes = new Map<string, Set<string>>();
    if (scope.contextKnown) {
      for (const { entity } of scope.data.values()) {
        const names = attributes.get(entity.type) ?? new Set<string>();
        for (const key of Object.keys(entity)) if (!ENTITY_CORE_KEYS.has(key)) names.add(key);
        attributes.set(entity.type, names);
      }
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
