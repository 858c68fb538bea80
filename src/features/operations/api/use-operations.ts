import { useLiveFeeds } from './use-live-feeds';
import { useOperationsPicture } from './use-operations-picture';
import { useRecordPolls } from './use-record-polls';
import { useTrends } from './use-trends';

/**
 * The operations view, composed once per page (the join and totals are not cheap): the feeds
 * (`useLiveFeeds`), the situation they describe (`useOperationsPicture`), the log of alerts
 * and polls (`useRecordPolls`) and the trends (`useTrends`). Each consumer declares the part
 * it reads (`OperationsFeeds`, `OperationsPicture`, …).
 */
export function useOperations() {
  const feeds = useLiveFeeds();
  const picture = useOperationsPicture(feeds);
  useRecordPolls(feeds, picture);
  const { trendsSource, trends } = useTrends(feeds, picture);
  return { ...feeds, ...picture, trendsSource, trends };
}

export type OperationsData = ReturnType<typeof useOperations>;
