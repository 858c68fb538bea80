import { answer, ok, requestScope, type BrokerRequest, type BrokerResponse } from './http';
import type { BrokerOptions } from './options';
import { badRequest, NgsiError } from './problem';
import { csv, parseOptions, project, represent } from './represent';
import type { EntityStore } from './store';
import { withSystemAttributes } from './sys-attrs';

const URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

/**
 * GET /ngsi-ld/v1/entities/{id}. An id needs no @context to be found, so unlike queries this
 * answers without one (attribute names would come back as IRIs on a real broker; not imitated).
 */
export function retrieveEntity(
  req: BrokerRequest,
  id: string,
  store: EntityStore,
  options: BrokerOptions,
): BrokerResponse {
  return answer(() => {
    const scope = requestScope(req, store, options);
    if (!URI.test(id)) throw badRequest(`entity id must be a URI, got "${id}"`);
    const { representation, flags } = parseOptions(req.url);
    const stored = scope.data.get(id);
    const type = req.url.searchParams.get('type');
    if (!stored || (type !== null && !csv(type).includes(stored.entity.type))) {
      throw new NgsiError('ResourceNotFound', 'Entity not found', `no entity with id ${id}`);
    }
    const attrs = csv(req.url.searchParams.get('attrs'));
    const entity = project(stored.entity, attrs.length > 0 ? new Set(attrs) : undefined);
    const withTimes = flags.has('sysAttrs') ? withSystemAttributes(entity, stored.times) : entity;
    return ok(req, scope, options, represent(withTimes, representation));
  });
}
