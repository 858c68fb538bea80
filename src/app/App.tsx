import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { ServicesProvider, type AppServices } from '../services/context';
import { createQueryClient } from '../services/query-client';
import { Dashboard } from './Dashboard';
import { createOperationsLog } from '../features/operations/model/log';
import { OperationsLogProvider } from '../features/operations/api/log-context';

export function App({ services }: { services: AppServices }) {
  const [queryClient] = useState(createQueryClient);
  const [log] = useState(createOperationsLog);
  return (
    <ServicesProvider value={services}>
      <QueryClientProvider client={queryClient}>
        <OperationsLogProvider log={log}>
          <Dashboard />
        </OperationsLogProvider>
      </QueryClientProvider>
    </ServicesProvider>
  );
}
