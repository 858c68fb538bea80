/**
 * The gate of a platform behind OAuth 2.0: every request must carry `Authorization: Bearer`
 * with a JWT access token that the identity provider signed (checked against its published
 * keys, JWKS), for this API (audience), unexpired. Anything else is a 401 with the
 * `WWW-Authenticate` challenge of RFC 6750, as API gateways send it.
 */
import { createRemoteJWKSet, jwtVerify } from 'jose';

export interface BearerGateOptions {
  issuer: string;
  /** The API's resource identifier, the token's `aud`. */
  audience: string;
  /** Told of every verdict (tests count refusals with it). */
  onVerdict?: (verdict: { ok: boolean; reason?: string }) => void;
}

const refuse = (error: string, description: string) =>
  new Response(JSON.stringify({ error, description }), {
    status: 401,
    headers: {
      'Content-Type': 'application/json',
      'WWW-Authenticate': `Bearer error="${error}", error_description="${description}"`,
    },
  });

export function createBearerGate(options: BearerGateOptions) {
  const keys = createRemoteJWKSet(new URL(`${options.issuer}/jwks`));
  return async (request: Request): Promise<Response | undefined> => {
    const header = request.headers.get('authorization') ?? '';
    const token = /^Bearer ([\w.~+/-]+=*)$/.exec(header)?.[1];
    if (token === undefined) {
      options.onVerdict?.({ ok: false, reason: 'no token' });
      return refuse('invalid_request', 'a bearer token is required');
    }
    try {
      await jwtVerify(token, keys, { issuer: options.issuer, audience: options.audience });
      options.onVerdict?.({ ok: true });
      return undefined;
    } catch (error) {
      const reason = error instanceof Error ? error.name : 'invalid';
      options.onVerdict?.({ ok: false, reason });
      return refuse('invalid_token', reason);
    }
  };
}
