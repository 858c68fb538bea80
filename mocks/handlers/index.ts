import type { RequestHandler } from 'msw';
import type { Broker } from '../broker';
import { entitiesHandler } from './entities';
import { entityByIdHandler } from './entity-by-id';
import { fallbackHandler } from './fallback';
import type { HandlerOptions } from './options';
import { temporalHandler } from './temporal';
import { typesHandler } from './types';
import { v2Handlers } from './v2';

export type { HandlerOptions } from './options';

/** The NGSI-LD read API (and its NGSI v2 face) over `broker`, for setupWorker, setupServer and the HTTP server alike. */
export function createHandlers(broker: Broker, options: HandlerOptions = {}): RequestHandler[] {
  return [
    entitiesHandler(broker, options),
    entityByIdHandler(broker, options),
    typesHandler(broker, options),
    temporalHandler(broker, options),
    // The same store as NGSI v2 (FIWARE Orion), for platforms that run it.
    ...v2Handlers(broker, options),
    // Last: only what the handlers above did not take.
    fallbackHandler(broker, options),
  ];
}
