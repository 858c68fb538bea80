import { http } from 'msw';
import type { Broker } from '../broker';
import type { HandlerOptions } from './options';
import { lastSegment, PATHS } from './paths';
import { respond } from './respond';

/** GET /ngsi-ld/v1/entities/{id} — retrieve one entity. */
export const entityByIdHandler = (broker: Broker, options: HandlerOptions) =>
  http.get(PATHS.entityById, ({ request }) =>
    respond(broker, request, options, (req) => broker.retrieveEntity(req, lastSegment(req.url))),
  );
