import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { jstDayStartMs } from '../../../domain/jst';
import { useServices } from '../../../services/context';
import { serviceSummary } from '../model/services';
import { platformKeys } from './kpi-query';
import { usePlatformKpis } from './use-platform-kpis';
import { useSince } from './use-catalog';

/**
 * The services built on the platform (`PlatformService`), read with the KPIs' poll. Whether
 * the platform offers the type at all comes from the KPI round's type list: a broker without
 * it shows "not available", never 0 services.
 */
export function usePlatformServices(enabled = true) {
  const { feeds, config } = useServices();
  const pollMs = config.pollSeconds.platform * 1000;
  const { query: kpis } = usePlatformKpis(enabled);
  const since = useSince();
  const query = useQuery({
    queryKey: [...platformKeys.all, 'services'] as const,
    queryFn: ({ signal }) => feeds.run('PlatformService', {}, signal),
    enabled,
    refetchInterval: pollMs,
    staleTime: pollMs / 2,
    structuralSharing: false,
  });
  const types = useMemo(() => {
    const snap = kpis.data;
    return snap ? [...snap.attributable, ...snap.prefectureLevel].map((t) => t.name) : undefined;
  }, [kpis.data]);
  const offered = types === undefined ? undefined : types.includes('PlatformService');
  const summary = useMemo(
    () =>
      query.data && offered !== false
        ? serviceSummary(query.data.items, jstDayStartMs(since), types)
        : undefined,
    [query.data, offered, since, types],
  );
  return { query, summary, offered, since, pollMs };
}

export type PlatformServicesView = ReturnType<typeof usePlatformServices>;
