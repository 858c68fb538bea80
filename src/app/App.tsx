import { useMemo, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { AppConfig } from '../config/schema';
import type { AppStore } from '../state/store';
import { createNgsiClient } from '../api/ngsi/client';
import { ServicesProvider, type AppServices } from './context';
import { createQueryClient } from './query-client';
import { Dashboard } from './Dashboard';

export function App({ config, store }: { config: AppConfig; store: AppStore }) {
  const [queryClient] = useState(createQueryClient);
  const services = useMemo<AppServices>(
    () => ({
      config,
      store,
      client: createNgsiClient({
        apiBaseUrl: config.apiBaseUrl,
        contextUrl: config.contextUrl,
        timeoutMs: config.requestTimeoutSeconds * 1000,
        ...(config.tenant !== undefined && { tenant: config.tenant }),
        ...(config.authHeader !== undefined && { authHeader: config.authHeader }),
      }),
    }),
    [config, store],
  );
  return (
    <ServicesProvider value={services}>
      <QueryClientProvider client={queryClient}>
        <Dashboard />
      </QueryClientProvider>
    </ServicesProvider>
  );
}
