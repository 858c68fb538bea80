import type { AuthSession } from './session';

/**
 * A fetch that sends the session's access token as `Authorization: Bearer …` to the platform's
 * own hosts only (never to an @context host or anything else), and meets a 401 with one
 * renewal and one retry. If the retry is refused too, the session is marked so the screen asks
 * for a sign-in, and the 401 goes back to the caller like any failed poll (last data kept).
 */
export function bearerFetch(
  base: typeof fetch,
  session: AuthSession,
  isPlatformUrl: (url: string) => boolean,
): typeof fetch {
  const send = (input: RequestInfo | URL, init: RequestInit | undefined, token?: string) => {
    if (token === undefined) return base(input, init);
    const headers = new Headers(init?.headers);
    headers.set('Authorization', `Bearer ${token}`);
    return base(input, { ...init, headers });
  };
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!isPlatformUrl(url)) return base(input, init);
    const sent = session.accessToken();
    const first = await send(input, init, sent);
    if (first.status !== 401) {
      session.markAccepted();
      return first;
    }
    if (init?.signal?.aborted) return first;
    // Another request may have renewed the token while this one was out.
    const current = session.accessToken();
    if (current !== undefined && current !== sent) {
      void first.body?.cancel();
      const retried = await send(input, init, current);
      if (retried.status !== 401) session.markAccepted();
      return retried;
    }
    if (!(await session.renew())) return first;
    void first.body?.cancel();
    const second = await send(input, init, session.accessToken());
    if (second.status === 401) session.markRefused();
    else session.markAccepted();
    return second;
  };
}

/** Whether a URL is under one of the platform's bases (API, history service). */
export function underAny(bases: readonly string[]): (url: string) => boolean {
  const prefixes = bases.map((b) => (b.endsWith('/') ? b : `${b}/`));
  return (url) => prefixes.some((p) => url.startsWith(p) || `${url}/` === p);
}
