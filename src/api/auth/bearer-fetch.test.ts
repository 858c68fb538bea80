import { describe, expect, it } from 'vitest';
import { bearerFetch, underAny } from './bearer-fetch';
import type { AuthSession, SessionState } from './session';

const API = 'https://gw.example/orion';

/** A session whose renewals hand out the next token of `tokens`; `undefined` = refused. */
function fakeSession(tokens: Array<string | undefined>) {
  let current: string | undefined = 't0';
  let state: SessionState = { kind: 'signed-in', expiresAt: undefined };
  const counts = { renew: 0, refused: 0 };
  const session: AuthSession = {
    issuer: 'https://idp.example',
    accessToken: () => current,
    renew: () => {
      counts.renew += 1;
      const next = tokens.shift();
      if (next === undefined) return Promise.resolve(false);
      current = next;
      return Promise.resolve(true);
    },
    markRefused: () => {
      counts.refused += 1;
      state = { kind: 'sign-in-needed', reason: 'refused', since: 0 };
    },
    markAccepted: () => {
      state = { kind: 'signed-in', expiresAt: undefined };
    },
    state: () => state,
    subscribe: () => () => undefined,
    signIn: () => Promise.resolve(),
    dispose: () => undefined,
  };
  return { session, counts };
}

/** A server accepting only `valid` tokens; records the Authorization header of each request. */
function server(valid: Set<string>) {
  const seen: Array<{ url: string; auth: string | null }> = [];
  const fetchImpl: typeof fetch = (input, init) => {
    const auth = new Headers(init?.headers).get('authorization');
    seen.push({ url: String(input), auth });
    const ok = auth !== null && valid.has(auth.replace(/^Bearer /, ''));
    return Promise.resolve(new Response(ok ? '[]' : '{}', { status: ok ? 200 : 401 }));
  };
  return { fetchImpl, seen };
}

describe('bearerFetch', () => {
  it.each([
    [`${API}/v2/entities?type=X`, true],
    [`${API}`, true],
    ['https://ql.example/v2/types/X/attrs/y', true],
    ['https://gw.example/orion-other/v2/entities', false],
    ['https://context.example/nagasaki.jsonld', false],
    ['https://gw.example/', false],
  ])('sends the token to %s: %s', async (url, sent) => {
    const { session } = fakeSession([]);
    const { fetchImpl, seen } = server(new Set(['t0']));
    await bearerFetch(
      fetchImpl,
      session,
      underAny([API, 'https://ql.example']),
    )(url, {
      headers: { Accept: 'application/json' },
    });
    expect(seen[0]?.auth).toBe(sent ? 'Bearer t0' : null);
  });

  it('keeps the request’s own headers', async () => {
    const { session } = fakeSession([]);
    const { fetchImpl } = server(new Set(['t0']));
    let headers = new Headers();
    const spy: typeof fetch = (input, init) => {
      headers = new Headers(init?.headers);
      return fetchImpl(input, init);
    };
    await bearerFetch(
      spy,
      session,
      underAny([API]),
    )(`${API}/v2/entities`, {
      headers: { 'Fiware-Service': 'nagasaki' },
    });
    expect(headers.get('fiware-service')).toBe('nagasaki');
    expect(headers.get('authorization')).toBe('Bearer t0');
  });

  it('a 401: one renewal, one retry with the new token', async () => {
    const { session, counts } = fakeSession(['t1']);
    const { fetchImpl, seen } = server(new Set(['t1']));
    const res = await bearerFetch(fetchImpl, session, underAny([API]))(`${API}/v2/entities`);
    expect(res.status).toBe(200);
    expect(seen.map((s) => s.auth)).toEqual(['Bearer t0', 'Bearer t1']);
    expect(counts).toEqual({ renew: 1, refused: 0 });
  });

  it('a 401 after a renewal: sign-in needed, the 401 handed back, no third try', async () => {
    const { session, counts } = fakeSession(['t1']);
    const valid = new Set<string>();
    const { fetchImpl, seen } = server(valid);
    const res = await bearerFetch(fetchImpl, session, underAny([API]))(`${API}/v2/entities`);
    expect(res.status).toBe(401);
    expect(seen).toHaveLength(2);
    expect(counts).toEqual({ renew: 1, refused: 1 });
    expect(session.state().kind).toBe('sign-in-needed');
    // The platform accepting a request again ends it.
    valid.add('t1');
    await bearerFetch(fetchImpl, session, underAny([API]))(`${API}/v2/entities`);
    expect(session.state().kind).toBe('signed-in');
  });

  it('a renewal that fails: the first 401 handed back, no retry', async () => {
    const { session, counts } = fakeSession([]);
    const { fetchImpl, seen } = server(new Set());
    const res = await bearerFetch(fetchImpl, session, underAny([API]))(`${API}/v2/entities`);
    expect(res.status).toBe(401);
    expect(seen).toHaveLength(1);
    expect(counts.renew).toBe(1);
  });

  it('a token renewed by another request meanwhile is used without a renewal of its own', async () => {
    const { session, counts } = fakeSession(['t1']);
    const valid = new Set<string>();
    const { fetchImpl, seen } = server(valid);
    const slow: typeof fetch = async (input, init) => {
      const res = await fetchImpl(input, init);
      // While the first answer was on its way, someone else renewed.
      if (seen.length === 1) {
        await session.renew();
        valid.add('t1');
      }
      return res;
    };
    const res = await bearerFetch(slow, session, underAny([API]))(`${API}/v2/entities`);
    expect(res.status).toBe(200);
    expect(seen.map((s) => s.auth)).toEqual(['Bearer t0', 'Bearer t1']);
    expect(counts.renew).toBe(1);
  });
});
