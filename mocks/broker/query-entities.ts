import { DEFAULT_TENANT } from './constants';
import { answer, ok, requestScope, type BrokerRequest, type BrokerResponse } from './http';
import type { NgsiEntity } from './json';
import type { BrokerOptions } from './options';
import { page, parsePaging } from './paging';
import { parseOptions, project, represent } from './represent';
import { matchesSelection, parseSelection, selectEntities } from './select';
import { sourcesFor, type EntitySource } from './source';
import type { EntityStore, EntityTimes } from './store';
import { withSystemAttributes } from './sys-attrs';

/** GET /ngsi-ld/v1/entities */
export function queryEntities(
  req: BrokerRequest,
  store: EntityStore,
  options: BrokerOptions,
  sources: readonly EntitySource[] = [],
): BrokerResponse {
  return answer(() => {
    const scope = requestScope(req, store, options);
    const { representation, flags } = parseOptions(req.url);
    const paging = parsePaging(req.url, options);
    const selection = parseSelection(req.url);
    const matches: Array<{ entity: NgsiEntity; times?: EntityTimes }> = selectEntities(
      scope.data,
      selection,
      scope.contextKnown,
    );
    // Virtual sources come after the stored entities, in a stable order of their own.
    if (scope.contextKnown && scope.tenant === DEFAULT_TENANT) {
      for (const [type, source] of sourcesFor(sources, selection))
        for (const entity of source.entities(type, selection))
          if (entity.type === type && matchesSelection(entity, selection)) matches.push({ entity });
    }
    const sysAttrs = flags.has('sysAttrs');
    const body = page(matches, paging, options).map(({ entity, times }) => {
      const projected = project(entity, selection.attrs);
      return represent(
        sysAttrs ? withSystemAttributes(projected, times) : projected,
        representation,
      );
    });
    return ok(req, scope, options, body, { paging, total: matches.length });
  });
}
