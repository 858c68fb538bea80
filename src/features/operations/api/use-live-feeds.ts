import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../../services/context';
import { useShelterData } from './use-shelter-data';
import {
  disasterEventsQuery,
  evacuationInfoQuery,
  lifelinesQuery,
  shelterOverlaysQuery,
} from './live-feeds';

/**
 * The polled feeds of the operations view as TanStack queries: the masters (with the view
 * derived from them), the live shelter overlay, evacuation information, disaster events and
 * the islands' ferry and air services.
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
  const lifelines = useQuery(
    lifelinesQuery({ feeds, pollMs: config.pollSeconds.lifelines * 1000 }),
  );
  return { masters, overlays, info, events, lifelines };
}

export type OperationsFeeds = ReturnType<typeof useLiveFeeds>;
