import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createCatalogClient, resolveCatalogBase } from '../../../api/ckan/client';
import { fiscalYearStart } from '../../../domain/open-data';
import { jstDateOf } from '../../../domain/jst';
import { useServices } from '../../../services/context';
import { useUi } from '../../../state/hooks';
import { useNow } from '../../../ui/hooks/use-now';
import { catalogRows, catalogTotals } from '../model/catalog';
import {
  fetchCatalogBefore,
  fetchCatalogRound,
  fetchOrganizationListing,
  withBefore,
} from './fetch-catalog';
import { platformKeys } from './kpi-query';

/** The KPIs' comparison date: the one chosen (`?since=`), else the start of this fiscal year. */
export function useSince(): string {
  const chosen = useUi((s) => s.since);
  const now = useNow(3_600_000);
  return chosen ?? fiscalYearStart(jstDateOf(now));
}

function useCatalogClient() {
  const { config } = useServices();
  const catalog = config.catalog;
  const timeoutMs = config.requestTimeoutSeconds * 1000;
  return useMemo(
    () =>
      catalog &&
      createCatalogClient({
        baseUrl: resolveCatalogBase(catalog.baseUrl, window.location.href),
        timeoutMs,
      }),
    [catalog, timeoutMs],
  );
}

/**
 * The open-data catalogue's figures, polled with the platform KPIs (`pollSeconds.platform`).
 * Without `catalog` in config.json there is no query (the KPIs say "not configured"); a failed
 * poll keeps the last good round on screen, with the error. The comparison date's counts are a
 * query of their own, so choosing another date asks one request and never drops the round.
 */
export function useCatalog(enabled = true) {
  const { config } = useServices();
  const client = useCatalogClient();
  const since = useSince();
  const pollMs = config.pollSeconds.platform * 1000;
  const catalog = config.catalog;
  const base = client?.baseUrl ?? '';
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the client and the organizations come from config.json, fixed for the page's life; the base URL stands for them
  const query = useQuery({
    queryKey: [...platformKeys.all, 'catalog', base] as const,
    queryFn: ({ signal }) => {
      if (!client || !catalog) throw new Error('no catalogue configured');
      return fetchCatalogRound({ client, config: catalog, now: Date.now, signal });
    },
    enabled: enabled && client !== undefined,
    refetchInterval: pollMs,
    staleTime: pollMs / 2,
    retry: 1,
  });
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- as above
  const beforeQuery = useQuery({
    queryKey: [...platformKeys.all, 'catalog-before', base, since] as const,
    queryFn: ({ signal }) => {
      if (!client || !catalog) throw new Error('no catalogue configured');
      return fetchCatalogBefore({ client, config: catalog, since, signal });
    },
    enabled: enabled && client !== undefined,
    refetchInterval: pollMs,
    staleTime: pollMs / 2,
    retry: 1,
  });
  const before = beforeQuery.data?.since === since ? beforeQuery.data : undefined;
  const round = useMemo(
    () =>
      query.data
        ? withBefore(query.data, before, beforeQuery.isFetching ? undefined : beforeQuery.error)
        : undefined,
    [query.data, before, beforeQuery.isFetching, beforeQuery.error],
  );
  const rows = useMemo(
    () => (round && catalog ? catalogRows(round, catalog) : undefined),
    [round, catalog],
  );
  const totals = useMemo(
    () => (rows && round && catalog ? catalogTotals(rows, round, catalog) : undefined),
    [rows, round, catalog],
  );
  return { configured: catalog !== undefined, query, round, rows, totals, since, pollMs };
}

export type CatalogView = ReturnType<typeof useCatalog>;

/** Every dataset of one organization: fetched only when its municipality is opened. */
export function useOrganizationListing(organization: string | undefined) {
  const { config } = useServices();
  const client = useCatalogClient();
  const pollMs = config.pollSeconds.platform * 1000;
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the client comes from config.json, fixed for the page's life; the base URL stands for it
  return useQuery({
    queryKey: [...platformKeys.all, 'listing', client?.baseUrl ?? '', organization ?? ''] as const,
    queryFn: ({ signal }) => {
      if (!client || organization === undefined) throw new Error('no catalogue configured');
      return fetchOrganizationListing(client, organization, signal);
    },
    enabled: client !== undefined && organization !== undefined,
    staleTime: pollMs,
    retry: 1,
  });
}
