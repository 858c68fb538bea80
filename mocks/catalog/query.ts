/**
 * CKAN Action API semantics over the mock catalogue's datasets, as pure functions:
 * `package_search` (fq, q, rows, start, sort, fl, facets) and `organization_list`. The answers
 * carry CKAN's envelope (`help`, `success`, `result` | `error`) and status.
 */
import type { CatalogDataset } from './datasets';
import { CatalogQueryError, parseFq, type FqClause, type TermField } from './fq';
import type { CatalogOrganization } from './organizations';

export interface CkanError {
  readonly __type: string;
  readonly message?: string;
  /** Validation errors name the offending fields: `{"rows": ["Invalid integer"]}`. */
  readonly [field: string]: unknown;
}

export type CkanEnvelope =
  | { readonly help: string; readonly success: true; readonly result: unknown }
  | { readonly help: string; readonly success: false; readonly error: CkanError };

/** An action's answer: the HTTP status and the JSON body. */
export interface CatalogAnswer {
  readonly status: number;
  readonly body: CkanEnvelope;
}

export interface FacetItem {
  readonly name: string;
  readonly display_name: string;
  readonly count: number;
}

export interface PackageSearchResult {
  readonly count: number;
  readonly sort: string;
  readonly results: readonly (CatalogDataset | Record<string, unknown>)[];
  readonly facets: Record<string, Record<string, number>>;
  readonly search_facets: Record<string, { readonly title: string; readonly items: FacetItem[] }>;
}

export interface OrganizationSummary {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly display_name: string;
  readonly type: 'organization';
  readonly is_organization: true;
  readonly state: 'active';
  readonly description: string;
  readonly image_url: string;
  readonly package_count: number;
}

/** What package_search and organization_list run over. */
export interface CatalogData {
  readonly datasets: readonly CatalogDataset[];
  readonly organizations: readonly CatalogOrganization[];
}

export interface ActionContext {
  /** `…/api/3/action/help_show?name=` (the action's name is appended). */
  readonly helpBase: string;
}

export interface SearchLimits {
  /** `ckan.search.rows_max`: larger `rows` are cut to it silently. */
  readonly rowsMax: number;
}

export interface ListLimits {
  /** `ckan.group_and_organization_list_max` (1000). */
  readonly listMax: number;
  /** `ckan.group_and_organization_list_all_fields_max` (25): the page size with all_fields. */
  readonly allFieldsMax: number;
}

/** CKAN's default sort for package_search (every dataset scores the same for `*:*`). */
export const DEFAULT_SORT = 'score desc, metadata_modified desc';
/** CKAN's `search.facets.limit`. */
export const DEFAULT_FACET_LIMIT = 50;
export const DEFAULT_ROWS = 10;

export const FACET_FIELDS = ['organization', 'res_format', 'groups', 'license_id', 'tags'] as const;
type FacetField = (typeof FACET_FIELDS)[number];

// ---------------------------------------------------------------- envelopes

export const ok = (ctx: ActionContext, action: string, result: unknown): CatalogAnswer => ({
  status: 200,
  body: { help: `${ctx.helpBase}${action}`, success: true, result },
});

export const failed = (
  ctx: ActionContext,
  action: string,
  status: number,
  error: CkanError,
): CatalogAnswer => ({
  status,
  body: { help: `${ctx.helpBase}${action}`, success: false, error },
});

/** A request error with a CKAN error body (Validation Error, Search Query Error…). */
class ActionError extends Error {
  constructor(
    readonly status: number,
    readonly error: CkanError,
  ) {
    super(error.message ?? error.__type);
  }
}

const validation = (field: string, message: string): ActionError =>
  new ActionError(409, { __type: 'Validation Error', [field]: [message] });

function runAction(ctx: ActionContext, action: string, run: () => unknown): CatalogAnswer {
  try {
    return ok(ctx, action, run());
  } catch (error) {
    if (error instanceof ActionError) return failed(ctx, action, error.status, error.error);
    if (error instanceof CatalogQueryError)
      return failed(ctx, action, 409, {
        __type: 'Search Query Error',
        message: `Search Query Error: ${error.message}`,
      });
    throw error;
  }
}

// ---------------------------------------------------------------- parameters

function intParam(params: URLSearchParams, name: string, fallback: number, min: number): number {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return fallback;
  if (!/^\s*-?\d+\s*$/.test(raw)) throw validation(name, 'Invalid integer');
  const n = Number(raw);
  if (n < min) throw validation(name, min === 0 ? 'Must be a natural number' : 'Invalid integer');
  return n;
}

/** CKAN's asbool. */
function boolParam(params: URLSearchParams, name: string, fallback: boolean): boolean {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  const v = raw.trim().toLowerCase();
  if (['true', 'yes', 'on', 'y', 't', '1'].includes(v)) return true;
  if (['false', 'no', 'off', 'n', 'f', '0'].includes(v)) return false;
  throw validation(name, 'Not a boolean');
}

function facetFieldsParam(params: URLSearchParams): FacetField[] {
  const raw = params.get('facet.field');
  if (raw === null || raw === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw validation('facet.field', 'Could not parse as valid JSON');
  }
  if (!Array.isArray(parsed)) throw validation('facet.field', 'Not a list');
  return parsed.map((f: unknown) => {
    if (typeof f !== 'string') throw validation('facet.field', 'Not a string');
    if (!(FACET_FIELDS as readonly string[]).includes(f))
      throw new CatalogQueryError(`Solr returned an error: (400) undefined field ${f}`);
    return f as FacetField;
  });
}

// ---------------------------------------------------------------- fields of a dataset

/** The values of a multi-valued index field, as CKAN indexes a dataset into Solr. */
function termValues(d: CatalogDataset, field: TermField): readonly string[] {
  switch (field) {
    case 'organization':
      return [d.organization.name];
    case 'res_format':
      return d.resources.map((r) => r.format);
    case 'groups':
      return d.groups.map((g) => g.name);
    case 'name':
      return [d.name];
    case 'id':
      return [d.id];
    case 'owner_org':
      return [d.owner_org];
    case 'license_id':
      return [d.license_id];
    case 'dataset_type':
      return [d.type];
    case 'state':
      return [d.state];
    case 'capacity':
      return [d.private ? 'private' : 'public'];
  }
}

function matches(d: CatalogDataset, clause: FqClause): boolean {
  if (clause.kind === 'terms') {
    const values = termValues(d, clause.field);
    return clause.values.some((v) =>
      v === '*' ? values.some((x) => x !== '') : values.includes(v),
    );
  }
  const t = Date.parse(`${d[clause.field]}Z`);
  if (clause.from !== undefined && (clause.includeFrom ? t < clause.from : t <= clause.from))
    return false;
  if (clause.to !== undefined && (clause.includeTo ? t > clause.to : t >= clause.to)) return false;
  return true;
}

/**
 * `q`: `*:*` or empty matches everything; a query naming fields is read like `fq`; plain words
 * must each appear (case-insensitively) in the title, the name, the organization's title or the
 * theme (not Solr's text analysis: no stemming, no scoring).
 */
function queryFilter(q: string | null): (d: CatalogDataset) => boolean {
  const text = (q ?? '').trim();
  if (text === '' || text === '*:*') return () => true;
  if (/^\+?[A-Za-z_][A-Za-z0-9_.]*:/.test(text)) {
    const clauses = parseFq(text);
    return (d) => clauses.every((c) => matches(d, c));
  }
  const words = text.toLowerCase().split(/\s+/);
  return (d) => {
    const hay = [d.title, d.name, d.organization.title, ...d.groups.map((g) => g.display_name)]
      .join(' ')
      .toLowerCase();
    return words.every((w) => hay.includes(w));
  };
}

type SortKey = (d: CatalogDataset) => string | number;
const SORT_KEYS: Readonly<Record<string, SortKey>> = {
  metadata_modified: (d) => d.metadata_modified,
  metadata_created: (d) => d.metadata_created,
  name: (d) => d.name,
  title_string: (d) => d.title,
  num_resources: (d) => d.num_resources,
  // Every match scores the same here.
  score: () => 0,
};

function comparator(sort: string): (a: CatalogDataset, b: CatalogDataset) => number {
  const parts = sort
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => {
      const [field = '', dir = 'asc', ...rest] = p.split(/\s+/);
      const key = SORT_KEYS[field];
      if (!key || rest.length > 0 || (dir !== 'asc' && dir !== 'desc'))
        throw new CatalogQueryError(
          `Solr returned an error: (400) Can't determine a Sort Order (asc or desc) in sort spec '${p}'`,
        );
      return { key, sign: dir === 'asc' ? 1 : -1 };
    });
  return (a, b) => {
    for (const { key, sign } of parts) {
      const x = key(a);
      const y = key(b);
      if (x < y) return -sign;
      if (x > y) return sign;
    }
    // Solr breaks ties by index order; the id makes paging stable here.
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/** The fields of a dataset as `fl` returns them (Solr's stored fields, not the nested dicts). */
function project(d: CatalogDataset, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    let value: unknown;
    switch (f) {
      case 'organization':
        value = d.organization.name;
        break;
      case 'res_format':
      case 'groups':
      case 'owner_org':
      case 'dataset_type':
      case 'capacity':
        value = f === 'res_format' || f === 'groups' ? termValues(d, f) : termValues(d, f)[0];
        break;
      case 'res_name':
        value = d.resources.map((r) => r.name);
        break;
      case 'res_url':
        value = d.resources.map((r) => r.url);
        break;
      case 'resources':
        // Not a stored Solr field: CKAN leaves it out of `fl` results.
        value = undefined;
        break;
      default:
        value = Object.hasOwn(d, f) ? (d as unknown as Record<string, unknown>)[f] : undefined;
    }
    if (value !== undefined) out[f] = value;
  }
  return out;
}

interface FacetValue {
  readonly name: string;
  readonly display: string;
}

function facetValues(d: CatalogDataset, field: FacetField): FacetValue[] {
  switch (field) {
    case 'organization':
      return [{ name: d.organization.name, display: d.organization.title }];
    case 'groups':
      return d.groups.map((g) => ({ name: g.name, display: g.display_name }));
    case 'res_format':
      return d.resources.map((r) => ({ name: r.format, display: r.format }));
    case 'license_id':
      return [{ name: d.license_id, display: d.license_title }];
    case 'tags':
      return [];
  }
}

function facet(
  all: readonly CatalogDataset[],
  matched: readonly CatalogDataset[],
  field: FacetField,
  limit: number,
  mincount: number,
): FacetItem[] {
  const counts = new Map<string, { display: string; count: number }>();
  // With facet.mincount=0 Solr also lists the values in its index that no match has (but
  // never an organization without any dataset: it has no term in the index).
  if (mincount === 0)
    for (const d of all)
      for (const { name, display } of facetValues(d, field))
        if (!counts.has(name)) counts.set(name, { display, count: 0 });
  for (const d of matched) {
    // A dataset counts once per value, however many of its resources share it.
    const seen = new Set<string>();
    for (const { name, display } of facetValues(d, field)) {
      if (seen.has(name)) continue;
      seen.add(name);
      const entry = counts.get(name);
      if (entry) entry.count++;
      else counts.set(name, { display, count: 1 });
    }
  }
  const items = [...counts]
    .filter(([, v]) => v.count >= mincount)
    .sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, v]) => ({ name, display_name: v.display, count: v.count }));
  return limit < 0 ? items : items.slice(0, limit);
}

// ---------------------------------------------------------------- actions

/** `package_search` (GET parameters as CKAN takes them). */
export function packageSearch(
  data: CatalogData,
  params: URLSearchParams,
  ctx: ActionContext,
  limits: SearchLimits,
): CatalogAnswer {
  return runAction(ctx, 'package_search', (): PackageSearchResult => {
    const rows = Math.min(intParam(params, 'rows', DEFAULT_ROWS, 0), limits.rowsMax);
    const start = intParam(params, 'start', 0, 0);
    const facetLimit = intParam(params, 'facet.limit', DEFAULT_FACET_LIMIT, -1);
    const mincount = intParam(params, 'facet.mincount', 1, 0);
    const wantFacets = boolParam(params, 'facet', true);
    const facetFields = wantFacets ? facetFieldsParam(params) : [];
    const sort = params.get('sort')?.trim() || DEFAULT_SORT;
    const order = comparator(sort);
    const clauses = params.getAll('fq').flatMap(parseFq);
    const inQuery = queryFilter(params.get('q'));
    const fl = (params.get('fl') ?? '').split(/[\s,]+/).filter((f) => f !== '');

    const matched = data.datasets.filter((d) => inQuery(d) && clauses.every((c) => matches(d, c)));
    const page = [...matched].sort(order).slice(start, start + rows);
    const facets: Record<string, Record<string, number>> = {};
    const searchFacets: Record<string, { title: string; items: FacetItem[] }> = {};
    for (const field of facetFields) {
      const items = facet(data.datasets, matched, field, facetLimit, mincount);
      facets[field] = Object.fromEntries(items.map((i) => [i.name, i.count]));
      searchFacets[field] = { title: field, items };
    }
    return {
      count: matched.length,
      sort,
      results: fl.length > 0 ? page.map((d) => project(d, fl)) : page,
      facets,
      search_facets: searchFacets,
    };
  });
}

const ORG_SORT: Readonly<Record<string, (o: OrganizationSummary) => string | number>> = {
  name: (o) => o.name,
  title: (o) => o.title,
  package_count: (o) => o.package_count,
};

/** `organization_list`: names, or with `all_fields=true` summaries with `package_count`. */
export function organizationList(
  data: CatalogData,
  params: URLSearchParams,
  ctx: ActionContext,
  limits: ListLimits,
  orgId: (name: string) => string,
): CatalogAnswer {
  return runAction(ctx, 'organization_list', () => {
    const allFields = boolParam(params, 'all_fields', false);
    const max = allFields ? limits.allFieldsMax : limits.listMax;
    const limit = Math.min(intParam(params, 'limit', max, 0), max);
    const offset = intParam(params, 'offset', 0, 0);
    const sortSpec = params.get('sort')?.trim() || 'title asc';
    const [field = '', dir = 'asc'] = sortSpec.split(/\s+/);
    const key = ORG_SORT[field];
    if (!key || (dir !== 'asc' && dir !== 'desc'))
      throw validation(
        'sort',
        `Invalid sort "${sortSpec}": use name, title or package_count, asc or desc`,
      );
    const counts = new Map<string, number>();
    for (const d of data.datasets)
      counts.set(d.organization.name, (counts.get(d.organization.name) ?? 0) + 1);
    const sign = dir === 'asc' ? 1 : -1;
    const summaries = data.organizations
      .map((o): OrganizationSummary => ({
        id: orgId(o.name),
        name: o.name,
        title: o.title,
        display_name: o.title,
        type: 'organization',
        is_organization: true,
        state: 'active',
        description: '',
        image_url: '',
        package_count: counts.get(o.name) ?? 0,
      }))
      .sort((a, b) => {
        const x = key(a);
        const y = key(b);
        return (x < y ? -sign : x > y ? sign : 0) || (a.name < b.name ? -1 : 1);
      })
      .slice(offset, offset + limit);
    return allFields ? summaries : summaries.map((o) => o.name);
  });
}
