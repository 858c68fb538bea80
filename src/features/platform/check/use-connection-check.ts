import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../../services/context';
import { V2_ANSWERS } from '../../../api/v2/dialect';
import { NGSI_LD_ANSWERS } from '../../../api/ngsi/interpret';
import { recording, runCheck, type CheckStep, type Exchange } from './run-check';

/** The connection check, run once when the screen opens and again on request. */
export function useConnectionCheck() {
  const { config, clientWith } = useServices();
  return useQuery({
    queryKey: ['connection-check', config.apiBaseUrl, config.dialect, config.tenant],
    queryFn: async ({ signal }): Promise<{ at: number; steps: CheckStep[] }> => {
      const log: Exchange[] = [];
      const { countHeader } = config.dialect === 'ngsi-v2' ? V2_ANSWERS : NGSI_LD_ANSWERS;
      const client = await clientWith(recording(countHeader, log));
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
