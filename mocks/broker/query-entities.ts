import { answer, ok, requestScope, type BrokerRequest, type BrokerResponse } from './http';
import type { BrokerOptions } from './options';
import { page, parsePaging } from './paging';
import { parseOptions, project, represent } from './represent';
import { parseSelection, selectEntities } from './select';
import type { EntityStore } from './store';

/** GET /ngsi-ld/v1/entities */
export function queryEntities(
  req: BrokerRequest,
  store: EntityStore,
  options: BrokerOptions,
): BrokerResponse {
  return answer(() => {
    const scope = requestScope(req, store, options);
    const { representation } = parseOptions(req.url);
    const paging = parsePaging(req.url, options);
    const selection = parseSelection(req.url);
    const matches = selectEntities(scope.data, selection, scope.contextKnown);
    const body = page(matches, paging, options).map((s) =>
      represent(project(s.entity, selection.attrs), representation),
    );
    return ok(req, scope, options, body, { paging, total: matches.length });
  });
}
