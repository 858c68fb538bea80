import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../../services/context';
import { useShelterData } from './use-shelter-data';
import {
  disasterEventsQuery,
  evacuationInfoQuery,
  lifelinesQuery,
  shelterOverlaysQuery,
} from './live-feeds';

interface Settling {
  isPending: boolean;
  failureCount: number;
}

/**
 * The masters go first: every other feed of the view is placed on them (the live shelters are
 * joined to them), so until both have answered the others wait rather than share the
 * connection, the broker and, with the embedded mock, the page's main thread with them. Kept
 * masters (run-master.ts) answer at once, and so release the others at once; so does a failed
 * master request (the others then say for themselves whether the broker answers them).
 */
export function mastersSettled({ sites, shelters }: { sites: Settling; shelters: Settling }) {
  return (
    (!sites.isPending && !shelters.isPending) || sites.failureCount > 0 || shelters.failureCount > 0
  );
}

/**
 * The polled feeds of the operations view as TanStack queries: the masters (with the view
 * derived from them), the live shelter overlay, evacuation information, disaster events and
 * the islands' ferry and air services.
 * What the status bar and the feeds panel read.
 */
export function useLiveFeeds() {
  const { feeds, config } = useServices();
  const masters = useShelterData();
  const enabled = mastersSettled(masters);
  const overlays = useQuery({
    ...shelterOverlaysQuery({ feeds, pollMs: config.pollSeconds.shelters * 1000 }),
    enabled,
  });
  const infoPoll = { feeds, pollMs: config.pollSeconds.evacuationInformation * 1000 };
  const info = useQuery({ ...evacuationInfoQuery(infoPoll), enabled });
  const events = useQuery({ ...disasterEventsQuery(infoPoll), enabled });
  // Not held back: the islands' services also set the map legend's route entry, and with it
  // the room the map is framed in; they must be in before the first picture settles.
  const lifelines = useQuery(
    lifelinesQuery({ feeds, pollMs: config.pollSeconds.lifelines * 1000 }),
  );
  return { masters, overlays, info, events, lifelines };
}

export type OperationsFeeds = ReturnType<typeof useLiveFeeds>;
