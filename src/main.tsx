import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/theme.css';
import './features/tourism/components/tourism.css';
import './ui/print.css';
import { requestConfig } from './config/request';
import type { EarlyLoads } from './bootstrap';

/**
 * The entry, kept tiny: it asks at once for the config and for all the code the first map
 * needs (the bootstrap with React, the UI, the services that start the masters' requests), so
 * that none of them waits for another to be evaluated first. A config error or a sign-in
 * redirect leaves some of it unused; a failure is reported where it is awaited.
 */
function early<T>(loading: Promise<T>): Promise<T> {
  loading.catch(() => undefined);
  return loading;
}

const loads: EarlyLoads = {
  config: early(requestConfig()),
  app: early(import('./app/App')),
  services: early(import('./app/start-services')),
};
void import('./bootstrap').then(({ bootstrap }) => bootstrap(loads));
