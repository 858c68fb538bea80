import { http } from 'msw';
import { problemDetails, type Broker } from '../broker';
import type { HandlerOptions } from './options';
import { PATHS } from './paths';
import { respond } from './respond';

/**
 * Anything else under /ngsi-ld/v1 (other methods, other resources): a broker-style 404, so a
 * client bug shows up as a clear error rather than a request leaking to the network.
 */
export const fallbackHandler = (broker: Broker, options: HandlerOptions) =>
  http.all(PATHS.anyNgsiLd, ({ request }) =>
    respond(broker, request, options, (req) => ({
      status: 404,
      headers: { 'Content-Type': 'application/json' },
      body: problemDetails(
        'ResourceNotFound',
        'Not found',
        `${request.method} ${req.url.pathname} is not served by this mock`,
      ),
    })),
  );
