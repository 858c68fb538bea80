import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../../services/context';
import { cadenceTable } from '../model/cadence';
import { buildMatrix } from '../model/matrix';
import { platformKpisQuery } from './kpi-query';

/**
 * The platform KPIs and the matrix derived from them. Freshness classes are judged at the
 * snapshot's own as-of time, so the table is one consistent picture until the next poll.
 * `enabled: false` (e.g. the map on another screen) reads the cache without polling.
 */
export function usePlatformKpis(enabled = true) {
  const { client, config } = useServices();
  const pollMs = config.pollSeconds.platform * 1000;
  const query = useQuery({ ...platformKpisQuery({ client, pollMs }), enabled });
  const cadences = useMemo(() => cadenceTable(config.platformCadence), [config.platformCadence]);
  const matrix = useMemo(
    () => (query.data ? buildMatrix(query.data, query.data.at, cadences) : undefined),
    [query.data, cadences],
  );
  return { query, matrix, pollMs, cadences };
}

export type PlatformKpis = ReturnType<typeof usePlatformKpis>;
