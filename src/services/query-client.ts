import { QueryClient } from '@tanstack/react-query';
import { isRetryable, retryDelayMs } from '../api/ngsi/retry';

/**
 * Server state lives here only. A failed refetch keeps the last good data (TanStack keeps
 * `data` and sets `error`), which the panels show as stale with its age.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < 4 && isRetryable(error),
        retryDelay: (attempt, error) => retryDelayMs(attempt, error),
        refetchOnWindowFocus: false,
        // A wall display is never "focused"; polling must go on in the background too.
        refetchIntervalInBackground: true,
      },
    },
  });
}
