import { http } from 'msw';
import type { Broker } from '../broker';
import type { HandlerOptions } from './options';
import { PATHS } from './paths';
import { respond } from './respond';

/** GET /ngsi-ld/v1/types — the entity types present. */
export const typesHandler = (broker: Broker, options: HandlerOptions) =>
  http.get(PATHS.types, ({ request }) =>
    respond(broker, request, options, (req) => broker.listTypes(req)),
  );
