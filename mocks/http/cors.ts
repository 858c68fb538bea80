/** Request headers the dashboard sends cross-origin (contract §1, Transport). */
export const ALLOWED_HEADERS = [
  'Link',
  'NGSILD-Tenant',
  // NGSI v2 (contract §5).
  'Fiware-Service',
  'Fiware-ServicePath',
  'Authorization',
  'X-Api-Key',
  'Accept',
  'Content-Type',
];

/** Response headers the client must read; browsers hide them unless exposed (contract §1, CORS). */
export const EXPOSED_HEADERS = [
  'NGSILD-Results-Count',
  'Link',
  'Retry-After',
  'Fiware-Total-Count',
];

/** CORS headers for a request from `origin` (echoed, so credentials would work too). */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin ?? '*',
    Vary: 'Origin',
    'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': ALLOWED_HEADERS.join(', '),
    'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', '),
    'Access-Control-Max-Age': '600',
  };
}
