import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../../services/context';
import { boundariesQuery } from '../../../map/boundaries-query';
import { deriveShelterView } from '../model/shelter-view';
import { designatedSheltersQuery, evacuationSitesQuery } from './masters';

/** Both masters plus the boundaries, and the view derived from them (memoised on data). */
export function useShelterData() {
  const { feeds, config } = useServices();
  const input = { feeds, refetchMs: config.pollSeconds.masters * 1000 };
  const boundaries = useQuery(boundariesQuery());
  const sites = useQuery(evacuationSitesQuery(input));
  const shelters = useQuery(designatedSheltersQuery(input));
  const view = useMemo(() => {
    // Counts are shown only once both masters have settled: a half-loaded total would be a
    // wrong number on the wall. A failed feed settles too (its error is shown beside it).
    if (!boundaries.data || sites.isPending || shelters.isPending) return undefined;
    return deriveShelterView(
      [...(sites.data?.items ?? []), ...(shelters.data?.items ?? [])],
      boundaries.data.byCode,
    );
  }, [boundaries.data, sites.data, shelters.data, sites.isPending, shelters.isPending]);
  return { boundaries, sites, shelters, view };
}
