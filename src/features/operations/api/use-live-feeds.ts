import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../../services/context';
import { useShelterData } from './use-shelter-data';
import { disasterEventsQuery, evacuationInfoQuery, shelterOverlaysQuery } from './live-feeds';

/**
 * The polled feeds of the operations view as TanStack queries: the masters (with the view
 * derived from them), the live shelter overlay, evacuation information and disaster events.
 * What the status bar and the feeds panel read.
 */
export function useLiveFeeds() {
  const { feeds, config } = useServices();
  const masters = useShelterData();
  const overlays = useQuery(
    shelterOverlaysQuery({ feeds, pollMs: config.pollSeconds.shelters * 1000 }),
  );
  const infoPoll = { feeds, pollMs: config.pollSeconds.evacuationInformation * 1000 };
  const info = useQuery(evacuationInfoQuery(infoPoll));
  const events = useQuery(disasterEventsQuery(infoPoll));
  return { masters, overlays, info, events };
}

export type OperationsFeeds = ReturnType<typeof useLiveFeeds>;
