import { http } from 'msw';
import type { Broker } from '../broker';
import type { HandlerOptions } from './options';
import { PATHS } from './paths';
import { respond } from './respond';

/** GET /ngsi-ld/v1/entities — query. */
export const entitiesHandler = (broker: Broker, options: HandlerOptions) =>
  http.get(PATHS.entities, ({ request }) =>
    respond(broker, request, options, (req) => broker.queryEntities(req)),
  );
