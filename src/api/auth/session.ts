/**
 * A signed-in session as the transport sees it: a current access token (in memory only), one
 * renewal at a time, and a state the screen shows. The OpenID Connect implementation is in
 * oidc.ts (loaded only when config.json asks for sign-in); tests use their own.
 */

/** Why the dashboard needs someone to sign in again. */
export type SignInReason =
  /** The platform refused a freshly renewed token. */
  | 'refused'
  /** The identity provider would not renew (refresh token expired or revoked). */
  | 'renewal-refused'
  /** The identity provider could not be reached, or answered something unreadable. */
  | 'provider-unreachable';

export type SessionState =
  | { kind: 'signed-in'; expiresAt: number | undefined }
  | { kind: 'sign-in-needed'; reason: SignInReason; since: number; detail?: string };

export interface AuthSession {
  /** The identity provider, for messages and the connection check. */
  readonly issuer: string;
  /** The current access token, or undefined when there is none. Never logged or shown. */
  accessToken(): string | undefined;
  /**
   * Gets a new access token (one attempt in flight at a time: concurrent callers share it).
   * Resolves true when a new token is in hand; on failure the state says why.
   */
  renew(): Promise<boolean>;
  /** The platform refused the token it was just given. */
  markRefused(): void;
  /** The platform accepted a request: whatever was wrong is over. */
  markAccepted(): void;
  state(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Leaves the page for the identity provider's sign-in, coming back to the same view. */
  signIn(): Promise<void>;
  dispose(): void;
}
