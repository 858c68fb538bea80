import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { ServicesProvider, type AppServices } from './context';
import { createQueryClient } from './query-client';
import { Dashboard } from './Dashboard';

export function App({ services }: { services: AppServices }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <ServicesProvider value={services}>
      <QueryClientProvider client={queryClient}>
        <Dashboard />
      </QueryClientProvider>
    </ServicesProvider>
  );
}
