/**
 * Compacting the full IRIs some brokers answer on /types (`https://…/EvacuationShelter`) back to
 * the terms of the configured JSON-LD @context, as the dashboard and its users name types.
 */
import { CONTRACT_TYPES } from '../../domain/entity-types';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `ex:Thing` with a prefix defined in the context (not `https://…`). */
const COMPACT_IRI = /^([^:/?#]+):(?!\/\/)(.+)$/;
const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/** The last segment of an IRI (after its last `/`, `#` or `:`). */
export const iriTail = (iri: string): string => iri.split(/[/#:]/).filter(Boolean).pop() ?? iri;

/** An absolute IRI (`https://…`, `urn:…`), not a term. */
export const isIri = (name: string): boolean => ABSOLUTE.test(name);

/**
 * IRI → term from a context document (`{"@context": {...}}` or a list of such objects; remote
 * contexts inside are not followed). Prefixes and `@vocab` are expanded; the first term named
 * for an IRI wins.
 */
export interface ContextTerms {
  byIri: ReadonlyMap<string, string>;
  /** The expanded `@vocab`, when the context sets one. */
  vocab?: string;
  /** Why the context document could not be read (its URL and the reason), when it could not. */
  problem?: { url: string; reason: string };
}

export const NO_TERMS: ContextTerms = { byIri: new Map() };

export function termsOf(doc: unknown): ContextTerms {
  const context = isObject(doc) ? doc['@context'] : undefined;
  const definitions: Record<string, unknown> = {};
  for (const part of Array.isArray(context) ? context : [context])
    if (isObject(part)) Object.assign(definitions, part);
  const ids = new Map<string, string>();
  for (const [term, value] of Object.entries(definitions)) {
    if (term.startsWith('@')) continue;
    const id = typeof value === 'string' ? value : isObject(value) ? value['@id'] : undefined;
    if (typeof id === 'string') ids.set(term, id);
  }
  const expand = (id: string): string => {
    const m = COMPACT_IRI.exec(id);
    const prefix = m ? ids.get(m[1]!) : undefined;
    return prefix !== undefined && m ? `${prefix}${m[2]!}` : id;
  };
  const byIri = new Map<string, string>();
  const vocab = definitions['@vocab'];
  for (const [term, id] of ids) {
    const iri = expand(id);
    if (!byIri.has(iri)) byIri.set(iri, term);
  }
  return { byIri, ...(typeof vocab === 'string' && { vocab: expand(vocab) }) };
}

/**
 * A type name as the dashboard uses it: a term as it is; an IRI the context names, its term;
 * an IRI under the context's `@vocab`, the rest of it; an IRI whose last segment is a contract
 * type, that type (the context may be unreachable); any other IRI unchanged.
 */
export function compactType(name: string, { byIri, vocab }: ContextTerms): string {
  const term = byIri.get(name);
  if (term !== undefined) return term;
  if (!isIri(name)) return name;
  if (vocab !== undefined && name.startsWith(vocab) && !/[/#:]/.test(name.slice(vocab.length)))
    return name.slice(vocab.length);
  const tail = iriTail(name);
  return (CONTRACT_TYPES as readonly string[]).includes(tail) ? tail : name;
}

/**
 * Fetches the context document once per client; a document that cannot be fetched or read
 * gives no terms (contract types are still recognised by their IRIs' last segment).
 */
export function contextTermsLoader(
  contextUrl: string,
  fetchImpl: typeof fetch | undefined,
  pageHref?: string,
): () => Promise<ContextTerms> {
  let pending: Promise<ContextTerms> | undefined;
  return () =>
    (pending ??= (async () => {
      const unread = (reason: string): ContextTerms => ({
        ...NO_TERMS,
        problem: { url: contextUrl, reason },
      });
      try {
        const url = new URL(contextUrl, pageHref ?? globalThis.location?.href).href;
        const response = await (fetchImpl ?? globalThis.fetch)(url, {
          headers: { Accept: 'application/ld+json, application/json' },
        });
        if (!response.ok) return unread(`HTTP ${response.status}`);
        const body: unknown = await response.json().catch(() => undefined);
        return body === undefined ? unread('not JSON') : termsOf(body);
      } catch {
        // The browser does not say whether the host was down or CORS refused it.
        return unread('unreachable');
      }
    })());
}
