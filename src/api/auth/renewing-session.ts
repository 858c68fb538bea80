import type { AuthSession, SessionState, SignInReason } from './session';

export interface Tokens {
  accessToken: string;
  /** Epoch ms; undefined when the provider did not say. */
  expiresAt: number | undefined;
}

/** A renewal that failed, and whether trying again can help. */
export class RenewalError extends Error {
  constructor(
    readonly reason: Extract<SignInReason, 'renewal-refused' | 'provider-unreachable'>,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'RenewalError';
  }
}

export interface RenewingSessionOptions {
  issuer: string;
  initial: Tokens;
  /** One renewal at the identity provider (a refresh-token grant); throws RenewalError. */
  refresh(): Promise<Tokens>;
  /** Leaves for the provider's sign-in page. */
  redirect(): Promise<void>;
  now?: () => number;
  /** After a failed renewal, no new attempt before this much time (default 15 s). */
  retryMs?: number;
  /** Renew this long before expiry at most (default 60 s; half the lifetime if shorter). */
  leadMs?: number;
}

/**
 * The session's rules, apart from any protocol library: renew ahead of expiry so a wall display
 * signed in once keeps going; one renewal in flight at a time (a refresh token used twice is,
 * with rotation, a reason for the provider to revoke the whole grant); after a failure, wait
 * before trying again; a dead refresh token is not tried again until someone signs in.
 */
export function createRenewingSession(options: RenewingSessionOptions): AuthSession {
  const now = options.now ?? Date.now;
  const retryMs = options.retryMs ?? 15_000;
  const leadMs = options.leadMs ?? 60_000;
  let tokens: Tokens | undefined = options.initial;
  let state: SessionState = { kind: 'signed-in', expiresAt: tokens.expiresAt };
  let inFlight: Promise<boolean> | undefined;
  let failedAt = -Infinity;
  /** Why the last renewal failed, to say at once when a refused request finds it pausing. */
  let lastFailure: { reason: SignInReason; detail: string } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();

  const set = (next: SessionState) => {
    state = next;
    for (const l of listeners) l();
  };
  const needed = (reason: SignInReason, detail?: string) => {
    if (state.kind === 'sign-in-needed' && state.reason === reason) return;
    set({ kind: 'sign-in-needed', reason, since: now(), ...(detail !== undefined && { detail }) });
  };
  const expired = () => tokens?.expiresAt !== undefined && tokens.expiresAt <= now();

  function schedule(delayMs: number | undefined): void {
    clearTimeout(timer);
    timer = undefined;
    if (delayMs === undefined) return;
    timer = setTimeout(() => void attempt(false), Math.max(0, delayMs));
  }

  function scheduleAhead(): void {
    const at = tokens?.expiresAt;
    if (at === undefined) return schedule(undefined);
    const left = at - now();
    schedule(left - Math.min(leadMs, left / 2));
  }

  /** `refused`: a request was refused with the current token, so it is of no use any more. */
  function attempt(refused: boolean): Promise<boolean> {
    if (inFlight) return inFlight;
    if (state.kind === 'sign-in-needed' && state.reason === 'renewal-refused')
      return Promise.resolve(false);
    if (now() - failedAt < retryMs) {
      // Pausing after a failure: a refused request means the data has stopped; say why now.
      if (refused && lastFailure) needed(lastFailure.reason, lastFailure.detail);
      return Promise.resolve(false);
    }
    inFlight = options
      .refresh()
      .then((next) => {
        tokens = next;
        lastFailure = undefined;
        set({ kind: 'signed-in', expiresAt: next.expiresAt });
        scheduleAhead();
        return true;
      })
      .catch((error: unknown) => {
        failedAt = now();
        const reason = error instanceof RenewalError ? error.reason : 'provider-unreachable';
        const detail = error instanceof Error ? error.message : String(error);
        lastFailure = { reason, detail };
        if (reason === 'renewal-refused' || refused || expired()) needed(reason, detail);
        // A provider briefly away: try again while the token still holds, and after.
        if (reason === 'provider-unreachable') schedule(retryMs);
        return false;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  }

  scheduleAhead();
  return {
    issuer: options.issuer,
    accessToken: () => (expired() ? undefined : tokens?.accessToken),
    renew: () => attempt(true),
    markRefused() {
      // Renewing again at once would only be refused again: wait as after a failed renewal.
      failedAt = now();
      lastFailure = { reason: 'refused', detail: '' };
      needed('refused');
    },
    markAccepted() {
      if (state.kind !== 'signed-in') set({ kind: 'signed-in', expiresAt: tokens?.expiresAt });
    },
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signIn: () => options.redirect(),
    dispose() {
      schedule(undefined);
      listeners.clear();
      tokens = undefined;
    },
  };
}
