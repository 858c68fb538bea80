/**
 * A read-only client for a CKAN catalogue's Action API (contract §8): `package_search` with
 * facets, listings paged with `start` (whatever `rows` the catalogue caps at), and
 * `organization_list`. It sends none of the broker's headers (no `Link`, tenant or broker auth):
 * a catalogue's CORS usually refuses them. Answers are validated here; a listed dataset that
 * is not one is skipped and counted.
 */
import { prettifyError } from '../../domain/zod';
import { CatalogError } from './client-errors';
import {
  envelopeSchema,
  listedDatasetSchema,
  organizationListSchema,
  searchResultSchema,
} from './schema';

export interface FacetItem {
  name: string;
  displayName?: string;
  count: number;
}

export interface SearchAnswer {
  count: number;
  results: unknown[];
  facets: Record<string, FacetItem[]>;
}

export interface ListedDataset {
  name: string;
  title?: string;
  organization?: string;
  createdAt?: number;
  modifiedAt?: number;
  resources?: number;
  formats: readonly string[];
}

export interface Listing {
  datasets: ListedDataset[];
  /** The catalogue's own count for the query. */
  count: number;
  /** Results that were not datasets (skipped), and names seen twice across pages (once kept). */
  skipped: number;
  duplicates: number;
  pages: number;
  /** False when the catalogue stopped returning results before its count was reached. */
  complete: boolean;
}

export interface CatalogClient {
  readonly baseUrl: string;
  packageSearch(
    params: Readonly<Record<string, string>>,
    signal?: AbortSignal,
  ): Promise<SearchAnswer>;
  organizationList(signal?: AbortSignal): Promise<string[]>;
  /** Every dataset matching `fq`, page after page (`rows` asked, `start` advanced by what came). */
  listAll(fq: string, fields: readonly string[], signal?: AbortSignal): Promise<Listing>;
}

export interface CatalogClientOptions {
  baseUrl: string;
  timeoutMs: number;
  fetchImpl?: typeof fetch;
  /** Rows asked per page (CKAN's usual cap, `ckan.search.rows_max`, is 1000). */
  pageRows?: number;
  /** Pages at most per listing, against a catalogue that never stops. */
  maxPages?: number;
}

/** `2024-05-01T02:03:04.123456` (CKAN: UTC, no zone, microseconds) → epoch ms; else undefined. */
export function ckanTimeMs(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    text.trim(),
  );
  if (!m) return undefined;
  const ms = Date.parse(`${m[1]}${m[2] ? m[2].slice(0, 4) : ''}${m[3] ?? 'Z'}`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The catalogue's base as an absolute URL without a trailing slash (a path is on the page's origin). */
export function resolveCatalogBase(baseUrl: string, pageUrl: string): string {
  return new URL(
    baseUrl === '.' ? './' : baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`,
    pageUrl,
  ).href.replace(/\/$/, '');
}

const messageOf = (error: { __type?: string; message?: unknown } | undefined): string => {
  if (!error) return 'no error message';
  const m = error.message;
  if (typeof m === 'string') return m;
  return m === undefined ? (error.__type ?? 'no error message') : JSON.stringify(m).slice(0, 300);
};

/** One listed dataset, validated; undefined when it is not one. */
export function readListedDataset(raw: unknown): ListedDataset | undefined {
  const r = listedDatasetSchema.safeParse(raw);
  if (!r.success) return undefined;
  const d = r.data;
  const org = typeof d.organization === 'string' ? d.organization : d.organization?.name;
  const createdAt = ckanTimeMs(d.metadata_created);
  const modifiedAt = ckanTimeMs(d.metadata_modified);
  return {
    name: d.name,
    ...(d.title !== undefined && { title: d.title }),
    ...(org !== undefined && { organization: org }),
    ...(createdAt !== undefined && { createdAt }),
    ...(modifiedAt !== undefined && { modifiedAt }),
    ...(d.num_resources !== undefined && { resources: d.num_resources }),
    formats: d.res_format ?? [],
  };
}

export function createCatalogClient(options: CatalogClientOptions): CatalogClient {
  const { baseUrl, timeoutMs, pageRows = 1000, maxPages = 200 } = options;
  // Looked up at each request, not bound once: whatever fetch the page has by then.
  const fetchImpl: typeof fetch =
    options.fetchImpl ?? ((input, init) => globalThis.fetch(input, init));

  async function action(
    name: string,
    params: Readonly<Record<string, string>>,
    signal?: AbortSignal,
  ) {
    const url = `${baseUrl}/api/3/action/${name}?${new URLSearchParams(params).toString()}`;
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let response: Response;
    try {
      // No credentials, no custom headers: a simple CORS request, as a catalogue allows.
      response = await fetchImpl(url, { signal: combined, credentials: 'omit' });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timeout.aborted)
        throw new CatalogError(
          'timeout',
          url,
          `no answer within ${Math.round(timeoutMs / 1000)} s`,
        );
      throw new CatalogError(
        'unreachable',
        url,
        error instanceof Error ? error.message : String(error),
      );
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new CatalogError(
        response.ok ? 'invalid' : 'http',
        url,
        `HTTP ${response.status}: not JSON (${text.slice(0, 80).replace(/\s+/g, ' ')})`,
        { status: response.status },
      );
    }
    const envelope = envelopeSchema.safeParse(body);
    if (!envelope.success)
      throw new CatalogError(
        response.ok ? 'invalid' : 'http',
        url,
        `HTTP ${response.status}: not a CKAN Action API answer`,
        { status: response.status },
      );
    if (!envelope.data.success)
      throw new CatalogError('failure', url, messageOf(envelope.data.error), {
        status: response.status,
        ...(envelope.data.error?.__type !== undefined && { ckanType: envelope.data.error.__type }),
      });
    if (!response.ok)
      throw new CatalogError('http', url, `HTTP ${response.status}`, { status: response.status });
    return { url, result: envelope.data.result };
  }

  const client: CatalogClient = {
    baseUrl,
    async packageSearch(params, signal) {
      const { url, result } = await action('package_search', params, signal);
      const r = searchResultSchema.safeParse(result);
      if (!r.success)
        throw new CatalogError(
          'invalid',
          url,
          `package_search: ${prettifyError(r.error).slice(0, 200)}`,
        );
      const facets: Record<string, FacetItem[]> = {};
      for (const [field, facet] of Object.entries(r.data.search_facets ?? {}))
        facets[field] = facet.items.map((i) => ({
          name: i.name,
          ...(i.display_name !== undefined && { displayName: i.display_name }),
          count: i.count,
        }));
      return { count: r.data.count, results: r.data.results, facets };
    },
    async organizationList(signal) {
      const { url, result } = await action('organization_list', {}, signal);
      const r = organizationListSchema.safeParse(result);
      if (!r.success)
        throw new CatalogError('invalid', url, 'organization_list: not a list of names');
      return r.data.map((o) => (typeof o === 'string' ? o : o.name));
    },
    async listAll(fq, fields, signal) {
      const datasets: ListedDataset[] = [];
      const seen = new Set<string>();
      let skipped = 0;
      let duplicates = 0;
      let start = 0;
      let pages = 0;
      let count: number;
      for (;;) {
        const page = await client.packageSearch(
          {
            q: '*:*',
            fq,
            rows: String(pageRows),
            start: String(start),
            sort: 'metadata_modified desc',
            fl: fields.join(','),
          },
          signal,
        );
        pages += 1;
        count = page.count;
        for (const raw of page.results) {
          const d = readListedDataset(raw);
          if (d === undefined) skipped += 1;
          else if (seen.has(d.name)) duplicates += 1;
          else {
            seen.add(d.name);
            datasets.push(d);
          }
        }
        // A catalogue may cap `rows` below what was asked: advance by what came.
        start += page.results.length;
        if (start >= count) return { datasets, count, skipped, duplicates, pages, complete: true };
        if (page.results.length === 0 || pages >= maxPages)
          return { datasets, count, skipped, duplicates, pages, complete: false };
      }
    },
  };
  return client;
}
