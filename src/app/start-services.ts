import type { AppConfig } from '../config/schema';
import type { AppStore } from '../state/store';
import type { AuthSession } from '../api/auth/session';
import type { AppServices } from '../services/context';
import { createServices } from '../services/create';
import { startMasters } from '../features/operations/api/masters';
import { boundariesQuery } from '../map/boundaries-query';

/**
 * The services, with the shelter masters and the boundaries (the map's land and the masters'
 * location check) already on their way: loaded as a small chunk beside the UI's, so that the
 * broker is asked while the UI's code is still arriving.
 */
export function startServices(
  config: AppConfig,
  store: AppStore,
  session?: AuthSession,
  mockPort?: MessagePort,
): AppServices {
  const services = createServices(config, store, session, mockPort);
  void services.queryClient.prefetchQuery(boundariesQuery());
  startMasters(services.queryClient, {
    feeds: services.feeds,
    refetchMs: config.pollSeconds.masters * 1000,
  });
  return services;
}
