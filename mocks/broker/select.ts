import { ENTITY_CORE_KEYS, type NgsiEntity } from './json';
import { badRequest } from './problem';
import type { QNode } from './q/ast';
import { matchesQ } from './q/evaluate';
import { parseQ, QuerySyntaxError } from './q/parse';
import { csv } from './represent';
import type { StoredEntity, TenantData } from './store';

/** Which entities a query addresses: `type`, `id`, `idPattern`, `q`, `attrs`. */
export interface Selection {
  types?: Set<string>;
  ids?: Set<string>;
  idPattern?: RegExp;
  q?: QNode;
  attrs?: Set<string>;
}

const listParam = (url: URL, name: string): Set<string> | undefined => {
  // `|` is the type-selection OR of NGSI-LD 1.6; a comma list means the same.
  const items = csv(url.searchParams.get(name)?.replaceAll('|', ',') ?? null);
  return items.length > 0 ? new Set(items) : undefined;
};

export function parseSelection(url: URL): Selection {
  const selection: Selection = {
    types: listParam(url, 'type'),
    ids: listParam(url, 'id'),
    attrs: listParam(url, 'attrs'),
  };
  const idPattern = url.searchParams.get('idPattern');
  if (idPattern !== null) {
    try {
      selection.idPattern = new RegExp(idPattern);
    } catch {
      throw badRequest(`idPattern is not a valid regular expression: ${idPattern}`);
    }
  }
  const q = url.searchParams.get('q');
  if (q !== null) {
    try {
      selection.q = parseQ(q);
    } catch (error) {
      if (error instanceof QuerySyntaxError) throw badRequest(error.message);
      throw error;
    }
  }
  // A query must narrow the set somehow (§5.7.2): a bare GET /entities is rejected.
  if (
    !selection.types &&
    !selection.ids &&
    !selection.idPattern &&
    !selection.q &&
    !selection.attrs
  ) {
    throw badRequest('at least one of type, id, idPattern, q or attrs is required');
  }
  return selection;
}

/** True when one entity satisfies the selection's type, id, idPattern, attrs and q. */
export function matchesSelection(e: NgsiEntity, selection: Selection): boolean {
  if (selection.types && !selection.types.has(e.type)) return false;
  if (selection.ids && !selection.ids.has(e.id)) return false;
  if (selection.idPattern && !selection.idPattern.test(e.id)) return false;
  if (
    selection.attrs &&
    !Object.keys(e).some((k) => !ENTITY_CORE_KEYS.has(k) && selection.attrs?.has(k))
  )
    return false;
  return !selection.q || matchesQ(selection.q, e);
}

/**
 * Matching entities in store order. Without the right @context a real broker expands the
 * names in the query to IRIs nothing is stored under, so it finds nothing: so does the mock.
 */
export function selectEntities(
  data: TenantData,
  selection: Selection,
  contextKnown: boolean,
): StoredEntity[] {
  if (!contextKnown) return [];
  const out: StoredEntity[] = [];
  for (const stored of data.values())
    if (matchesSelection(stored.entity, selection)) out.push(stored);
  return out;
}
