/**
 * Sign-in to a gated platform with OpenID Connect (authorization code + PKCE S256, public
 * client) through oidc-client-ts. Loaded only when config.json has `auth`.
 *
 * Where things are kept: the tokens in memory only (an InMemoryWebStorage user store), so a
 * reload signs in again (silently, while the provider's own session lasts). During the
 * redirect the library keeps its request state — the PKCE verifier, the nonce and the view to
 * come back to, no token — in sessionStorage, the one place that survives the navigation; it
 * is removed when the provider sends the browser back. The code and state are then taken out
 * of the address bar. The library's logging is off.
 */
import {
  ErrorResponse,
  InMemoryWebStorage,
  Log,
  UserManager,
  WebStorageStateStore,
  type User,
} from 'oidc-client-ts';
import { createRenewingSession, RenewalError, type Tokens } from './renewing-session';
import type { AuthSession } from './session';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  scope: string;
  resource?: string;
}

export type OidcStart =
  | { kind: 'ready'; session: AuthSession }
  /** The browser is on its way to the provider; nothing more to do on this page. */
  | { kind: 'redirecting' }
  | { kind: 'failed'; reason: 'provider-unreachable' | 'callback'; detail: string };

/** What the provider's answers mean for trying again without a person. */
const REFUSALS = new Set([
  'invalid_grant',
  'invalid_client',
  'unauthorized_client',
  'invalid_scope',
  'login_required',
  'interaction_required',
  'consent_required',
  'access_denied',
]);

function renewalError(error: unknown): RenewalError {
  if (error instanceof ErrorResponse)
    return new RenewalError(
      error.error !== null && REFUSALS.has(error.error)
        ? 'renewal-refused'
        : 'provider-unreachable',
      error.error ?? error.message,
    );
  const message = error instanceof Error ? error.message : String(error);
  // Without a refresh token the library can only renew in an iframe, which is not set up.
  if (/silent_redirect_uri/.test(message))
    return new RenewalError('renewal-refused', 'no refresh token');
  return new RenewalError('provider-unreachable', message);
}

const tokensOf = (user: User): Tokens => ({
  accessToken: user.access_token,
  expiresAt: user.expires_at === undefined ? undefined : user.expires_at * 1000,
});

/** The view to come back to: the address without the sign-in answer's parameters. */
function viewOf(location: Location): string {
  const params = new URLSearchParams(location.search);
  for (const name of ['code', 'state', 'session_state', 'iss', 'error', 'error_description'])
    params.delete(name);
  const search = params.toString();
  return `${location.pathname}${search === '' ? '' : `?${search}`}${location.hash}`;
}

const isCallback = (location: Location) => {
  const params = new URLSearchParams(location.search);
  return params.has('state') && (params.has('code') || params.has('error'));
};

export function createUserManager(settings: OidcSettings, location: Location): UserManager {
  Log.setLevel(Log.NONE);
  return new UserManager({
    authority: settings.issuer,
    client_id: settings.clientId,
    redirect_uri: `${location.origin}${location.pathname}`,
    response_type: 'code',
    scope: settings.scope,
    ...(settings.resource !== undefined && { resource: settings.resource }),
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: sessionStorage }),
    // Renewal is the session's (one at a time, shared with 401 handling).
    automaticSilentRenew: false,
    monitorSession: false,
    loadUserInfo: false,
    requestTimeoutInSeconds: 20,
  });
}

/**
 * Finishes a sign-in the provider has just answered, or leaves for the provider. Resolves
 * `ready` with the session, the address bar restored to the view that was open.
 */
export async function startOidc(
  settings: OidcSettings,
  location: Location = window.location,
  history: History = window.history,
): Promise<OidcStart> {
  const manager = createUserManager(settings, location);
  await manager.clearStaleState().catch(() => undefined);
  const redirect = async () => {
    await manager.signinRedirect({ url_state: encodeURIComponent(viewOf(location)) });
  };
  if (isCallback(location)) {
    try {
      const user = await manager.signinRedirectCallback(location.href);
      const back =
        user.url_state === undefined ? viewOf(location) : decodeURIComponent(user.url_state);
      history.replaceState(history.state, '', back.startsWith('/') ? back : viewOf(location));
      const session = createRenewingSession({
        issuer: settings.issuer,
        initial: tokensOf(user),
        refresh: async () => {
          try {
            const next = await manager.signinSilent();
            if (!next) throw new RenewalError('renewal-refused', 'no user');
            return tokensOf(next);
          } catch (error) {
            throw error instanceof RenewalError ? error : renewalError(error);
          }
        },
        redirect,
      });
      return { kind: 'ready', session };
    } catch (error) {
      history.replaceState(history.state, '', viewOf(location));
      const detail =
        error instanceof ErrorResponse
          ? [error.error, error.error_description].filter(Boolean).join(': ')
          : error instanceof Error
            ? error.message
            : String(error);
      return { kind: 'failed', reason: 'callback', detail };
    }
  }
  try {
    await redirect();
    return { kind: 'redirecting' };
  } catch (error) {
    return {
      kind: 'failed',
      reason: 'provider-unreachable',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}
