import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../../app/context';
import { flattenEntity } from '../../../api/ngsi/representation/entity';
import { boundariesQuery } from '../../../map/boundaries-query';
import { deriveShelterView } from '../model/shelter-view';
import { designatedSheltersQuery, evacuationSitesQuery } from './masters';

/** Both masters plus the boundaries, and the view derived from them (memoised on data). */
export function useShelterData() {
  const { client, config } = useServices();
  const input = { client, flatten: flattenEntity, refetchMs: config.pollSeconds.masters * 1000 };
  const boundaries = useQuery(boundariesQuery());
  const sites = useQuery(evacuationSitesQuery(input));
  const shelters = useQuery(designatedSheltersQuery(input));
  const view = useMemo(() => {
    if (!boundaries.data || (!sites.data && !shelters.data)) return undefined;
    return deriveShelterView(
      [...(sites.data?.items ?? []), ...(shelters.data?.items ?? [])],
      boundaries.data.byCode,
    );
  }, [boundaries.data, sites.data, shelters.data]);
  return { boundaries, sites, shelters, view };
}
