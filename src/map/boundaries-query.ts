import { queryOptions } from '@tanstack/react-query';
import { fetchBoundaries } from '../domain/boundaries';

/** The shipped municipal boundaries: a static file of our own origin, fetched once. */
export const boundariesQuery = () =>
  queryOptions({
    queryKey: ['static', 'boundaries'] as const,
    queryFn: ({ signal }) => fetchBoundaries(signal),
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
  });
