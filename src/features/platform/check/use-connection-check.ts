import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../../services/context';
import { V2_COUNT_HEADER } from '../../../api/v2/dialect';
import { recording, runCheck, type CheckStep, type Exchange } from './run-check';

const LD_COUNT_HEADER = 'NGSILD-Results-Count';

/** The connection check, run once when the screen opens and again on request. */
export function useConnectionCheck() {
  const { config, clientWith } = useServices();
  return useQuery({
    queryKey: ['connection-check', config.apiBaseUrl, config.dialect, config.tenant],
    queryFn: async ({ signal }): Promise<{ at: number; steps: CheckStep[] }> => {
      const log: Exchange[] = [];
      const header = config.dialect === 'ngsi-v2' ? V2_COUNT_HEADER : LD_COUNT_HEADER;
      const client = clientWith(recording(header, log));
      const at = Date.now();
      const steps = await runCheck({ client, log, tenant: config.tenant, now: at, signal });
      return { at, steps };
    },
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
}
