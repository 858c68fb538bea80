/**
 * One round of the open-data catalogue's figures, from facet queries only (contract §8): all
 * datasets by organization, format and theme in one request; the machine-readable ones by
 * organization; those that existed at the comparison date; each theme by organization; the
 * organizations the catalogue knows; the newest update. Listings come only when a municipality is
 * opened (`fetchOrganizationListing`). The first request must answer; any other that fails leaves
 * its figures "not available" and says why.
 */
import {
  readListedDataset,
  type CatalogClient,
  type FacetItem,
  type ListedDataset,
  type Listing,
} from '../../../api/ckan/client';
import type { CatalogConfig } from '../../../config/schema';
import { jstDayStartMs } from '../../../domain/jst';
import { isMachineReadableFormat } from '../../../domain/open-data';

export type CatalogPart = 'machineReadable' | 'since' | 'themes' | 'organizations' | 'newest';

export interface CatalogRound {
  /** When the round completed. */
  at: number;
  /** The comparison date (YYYY-MM-DD, JST) the `since…` figures are for (joined from `CatalogBefore`). */
  since?: string;
  /** Datasets of the configured organizations (municipalities and the prefecture's own). */
  total: number;
  datasetsByOrg: Readonly<Record<string, number>>;
  orgTitles: Readonly<Record<string, string>>;
  /** Datasets per resource format, as the catalogue names the formats. */
  formats: readonly FacetItem[];
  /** The format names counted as machine-readable in this catalogue (its own spelling). */
  machineReadableFormats: readonly string[];
  machineReadableByOrg?: Readonly<Record<string, number>>;
  /** Datasets created before the comparison date (still in the catalogue), by organization. */
  sinceByOrg?: Readonly<Record<string, number>>;
  sinceTotal?: number;
  themes: readonly FacetItem[];
  /** Per theme (group name), datasets by organization. */
  themesByOrg?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** The organizations the catalogue has; undefined when it would not say. */
  knownOrganizations?: readonly string[];
  newest?: ListedDataset;
  /** The parts that failed this round, and why (the error itself, for wording it). */
  failures: readonly { part: CatalogPart; message: string; error?: unknown }[];
}

const ALL = '-1';

/** The configured organizations (municipalities, then the prefecture's own). */
export function configuredOrganizations(config: CatalogConfig): string[] {
  const orgs = Object.values(config.organizations);
  if (config.prefectureOrganization && !orgs.includes(config.prefectureOrganization))
    orgs.push(config.prefectureOrganization);
  return orgs;
}

const anyOf = (field: string, values: readonly string[], quote = false) =>
  `${field}:(${values.map((v) => (quote ? `"${v.replace(/["\\]/g, '\\$&')}"` : v)).join(' OR ')})`;

const byName = (items: readonly FacetItem[] | undefined): Record<string, number> =>
  Object.fromEntries((items ?? []).map((i) => [i.name, i.count]));

/** Solr's date for the last millisecond before JST midnight of `date`. */
const beforeDate = (date: string) => new Date(jstDayStartMs(date) - 1).toISOString();

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The datasets that existed at a comparison date, by organization: one facet query of its own. */
export interface CatalogBefore {
  since: string;
  byOrg: Readonly<Record<string, number>>;
  total: number;
}

export async function fetchCatalogBefore(input: {
  client: CatalogClient;
  config: CatalogConfig;
  since: string;
  signal?: AbortSignal;
}): Promise<CatalogBefore> {
  const { client, config, since, signal } = input;
  const orgFq = anyOf('organization', configuredOrganizations(config));
  const answer = await client.packageSearch(
    {
      q: '*:*',
      fq: `${orgFq} AND metadata_created:[* TO ${beforeDate(since)}]`,
      rows: '0',
      'facet.field': JSON.stringify(['organization']),
      'facet.limit': ALL,
    },
    signal,
  );
  return { since, byOrg: byName(answer.facets['organization']), total: answer.count };
}

/** A round with the comparison date's figures joined in (or the reason they are missing). */
export function withBefore(
  round: CatalogRound,
  before: CatalogBefore | undefined,
  beforeError: unknown,
): CatalogRound {
  if (before)
    return { ...round, since: before.since, sinceByOrg: before.byOrg, sinceTotal: before.total };
  if (beforeError === undefined || beforeError === null) return round;
  return {
    ...round,
    failures: [
      ...round.failures,
      { part: 'since', message: messageOf(beforeError), error: beforeError },
    ],
  };
}

export async function fetchCatalogRound(input: {
  client: CatalogClient;
  config: CatalogConfig;
  now: () => number;
  signal?: AbortSignal;
}): Promise<CatalogRound> {
  const { client, config, signal } = input;
  const orgs = configuredOrganizations(config);
  const orgFq = anyOf('organization', orgs);
  const facets = (fields: readonly string[], fq: string) =>
    client.packageSearch(
      { q: '*:*', fq, rows: '0', 'facet.field': JSON.stringify(fields), 'facet.limit': ALL },
      signal,
    );
  const failures: { part: CatalogPart; message: string; error?: unknown }[] = [];
  const settle = async <T>(part: CatalogPart, work: Promise<T>): Promise<T | undefined> => {
    try {
      return await work;
    } catch (e) {
      if (signal?.aborted) throw e;
      failures.push({ part, message: messageOf(e), error: e });
      return undefined;
    }
  };

  const [overview, known, newestAnswer] = await Promise.all([
    facets(['organization', 'res_format', 'groups'], orgFq),
    settle('organizations', client.organizationList(signal)),
    settle(
      'newest',
      client.packageSearch(
        {
          q: '*:*',
          fq: orgFq,
          rows: '1',
          sort: 'metadata_modified desc',
          fl: 'name,title,organization,metadata_modified,metadata_created,res_format',
        },
        signal,
      ),
    ),
  ]);

  const formats = overview.facets['res_format'] ?? [];
  const machineReadableFormats = formats.map((f) => f.name).filter(isMachineReadableFormat);
  const themes = overview.facets['groups'] ?? [];
  const [mrAnswer, themeAnswers] = await Promise.all([
    machineReadableFormats.length === 0
      ? Promise.resolve(undefined)
      : settle(
          'machineReadable',
          facets(
            ['organization'],
            `${orgFq} AND ${anyOf('res_format', machineReadableFormats, true)}`,
          ),
        ),
    settle(
      'themes',
      Promise.all(
        themes.map(
          async (t) =>
            [t.name, await facets(['organization'], `${orgFq} AND groups:${t.name}`)] as const,
        ),
      ),
    ),
  ]);

  const orgItems = overview.facets['organization'] ?? [];
  const newestRaw = newestAnswer?.results[0];
  const newest = newestRaw === undefined ? undefined : readListedDataset(newestRaw);
  const machineReadableFailed = failures.some((f) => f.part === 'machineReadable');
  return {
    at: input.now(),
    total: overview.count,
    datasetsByOrg: byName(orgItems),
    orgTitles: Object.fromEntries(
      orgItems.filter((i) => i.displayName).map((i) => [i.name, i.displayName!]),
    ),
    formats,
    machineReadableFormats,
    // No machine-readable format in the catalogue at all: every organization has none.
    ...(!machineReadableFailed && {
      machineReadableByOrg: mrAnswer ? byName(mrAnswer.facets['organization']) : {},
    }),
    themes,
    ...(themeAnswers && {
      themesByOrg: Object.fromEntries(
        themeAnswers.map(([name, a]) => [name, byName(a.facets['organization'])]),
      ),
    }),
    ...(known && { knownOrganizations: known }),
    ...(newest && { newest }),
    failures,
  };
}

export const LISTING_FIELDS = [
  'name',
  'title',
  'organization',
  'metadata_created',
  'metadata_modified',
  'num_resources',
  'res_format',
];

/** Every dataset of one organization, for a municipality opened on the platform view or its briefing. */
export const fetchOrganizationListing = (
  client: CatalogClient,
  organization: string,
  signal?: AbortSignal,
): Promise<Listing> => client.listAll(`organization:${organization}`, LISTING_FIELDS, signal);
