import { http } from 'msw';
import type { Broker } from '../broker';
import type { HandlerOptions } from './options';
import { PATHS } from './paths';
import { respond } from './respond';

/** GET /ngsi-ld/v1/temporal/entities — attribute history. */
export const temporalHandler = (broker: Broker, options: HandlerOptions) =>
  http.get(PATHS.temporalEntities, ({ request }) =>
    respond(broker, request, options, (req) => broker.queryTemporal(req)),
  );
