import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { ServicesProvider, type AppServices } from '../services/context';
import { Dashboard } from './Dashboard';
import { createOperationsLog } from '../features/operations/model/log';
import { OperationsLogProvider } from '../features/operations/api/log-context';

export function App({ services }: { services: AppServices }) {
  const [log] = useState(createOperationsLog);
  return (
    <ServicesProvider value={services}>
      <QueryClientProvider client={services.queryClient}>
        <OperationsLogProvider log={log}>
          <Dashboard />
        </OperationsLogProvider>
      </QueryClientProvider>
    </ServicesProvider>
  );
}
