import type { NgsiEntity } from './json';
import type { Selection } from './select';

/**
 * A virtual entity source: serves entities of some types without storing them (e.g. a
 * generator that computes a day of observations on demand). The broker asks it for candidates
 * and then applies the usual selection (type, id, idPattern, q, attrs), paging, count and
 * representation, exactly as for stored entities. Only the default tenant sees sources, and
 * only when the request names the broker's @context. Queries that do not name one of the
 * source's types in `type` never reach it; neither do retrieval by id and the temporal API.
 */
export interface EntitySource {
  /** The entity types this source serves. */
  readonly types: readonly string[];
  /** Attribute names per type, for `GET /types?details=true`. */
  readonly attributeNames?: Readonly<Record<string, readonly string[]>>;
  /**
   * Candidate entities of one of `types` for a query (a superset of the matches is fine: the
   * broker filters again). May throw an NgsiError, e.g. TooManyResults for an unbounded query.
   * The broker never mutates what it gets, so a source may hand out cached entities.
   */
  entities(type: string, selection: Selection): readonly NgsiEntity[];
}

/** The source types a query names, each with its source, in the order the sources were added. */
export function sourcesFor(
  sources: readonly EntitySource[],
  selection: Selection,
): Array<[string, EntitySource]> {
  const out: Array<[string, EntitySource]> = [];
  if (!selection.types) return out;
  for (const source of sources)
    for (const type of source.types) if (selection.types.has(type)) out.push([type, source]);
  return out;
}
