import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRenewingSession, RenewalError, type Tokens } from './renewing-session';

const MIN = 60_000;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.parse('2026-12-06T00:00:00Z'));
});
afterEach(() => vi.useRealTimers());

function setup(refresh: () => Promise<Tokens>, lifetimeMs = 2 * MIN) {
  const calls = { refresh: 0, redirect: 0 };
  const session = createRenewingSession({
    issuer: 'https://idp.example',
    initial: { accessToken: 'a0', expiresAt: Date.now() + lifetimeMs },
    refresh: () => {
      calls.refresh += 1;
      return refresh();
    },
    redirect: () => {
      calls.redirect += 1;
      return Promise.resolve();
    },
  });
  return { session, calls };
}

let n = 0;
const fresh =
  (lifetimeMs = 2 * MIN) =>
  () =>
    Promise.resolve({ accessToken: `a${++n}`, expiresAt: Date.now() + lifetimeMs });

describe('a session that renews itself', () => {
  it('renews a minute before a 2-minute token expires, again and again, with no gap', async () => {
    const { session, calls } = setup(fresh());
    for (let minute = 0; minute < 12; minute += 1) {
      expect(session.accessToken()).toBeDefined();
      await vi.advanceTimersByTimeAsync(MIN);
    }
    // 12 minutes of 2-minute tokens renewed a minute before expiry: one renewal a minute.
    expect(calls.refresh).toBe(12);
    expect(session.state().kind).toBe('signed-in');
  });

  it('renews half-way through a token shorter than two minutes', async () => {
    const { calls } = setup(fresh(40_000), 40_000);
    await vi.advanceTimersByTimeAsync(19_999);
    expect(calls.refresh).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.refresh).toBe(1);
  });

  it('shares one renewal among every request refused at once', async () => {
    let release: (t: Tokens) => void = () => undefined;
    const { session, calls } = setup(() => new Promise<Tokens>((r) => (release = r)), 10 * MIN);
    const all = Promise.all([session.renew(), session.renew(), session.renew()]);
    release({ accessToken: 'b', expiresAt: Date.now() + MIN });
    expect(await all).toEqual([true, true, true]);
    expect(calls.refresh).toBe(1);
    expect(session.accessToken()).toBe('b');
  });

  it('a refresh token the provider refuses: sign-in needed, and no more attempts', async () => {
    const { session, calls } = setup(() =>
      Promise.reject(new RenewalError('renewal-refused', 'invalid_grant')),
    );
    expect(await session.renew()).toBe(false);
    expect(session.state()).toMatchObject({ kind: 'sign-in-needed', reason: 'renewal-refused' });
    await vi.advanceTimersByTimeAsync(5 * MIN);
    expect(await session.renew()).toBe(false);
    expect(calls.refresh).toBe(1);
    await session.signIn();
    expect(calls.redirect).toBe(1);
  });

  it('a provider that is down: the token kept while it holds, retried every 15 s, recovered', async () => {
    let down = true;
    const { session, calls } = setup(() =>
      down
        ? Promise.reject(new RenewalError('provider-unreachable', 'Failed to fetch'))
        : fresh()(),
    );
    // The scheduled renewal, a minute before expiry, fails: still signed in, token still good.
    await vi.advanceTimersByTimeAsync(MIN);
    expect(calls.refresh).toBe(1);
    expect(session.state().kind).toBe('signed-in');
    expect(session.accessToken()).toBe('a0');
    // A 401 in the retry pause does not hammer the provider, and says at once why the data
    // has stopped.
    expect(await session.renew()).toBe(false);
    expect(calls.refresh).toBe(1);
    expect(session.state()).toMatchObject({
      kind: 'sign-in-needed',
      reason: 'provider-unreachable',
    });
    // The token expires with the provider still down: still sign-in needed, said why.
    await vi.advanceTimersByTimeAsync(MIN);
    expect(session.accessToken()).toBeUndefined();
    expect(session.state()).toMatchObject({
      kind: 'sign-in-needed',
      reason: 'provider-unreachable',
      detail: 'Failed to fetch',
    });
    down = false;
    await vi.advanceTimersByTimeAsync(15_000);
    expect(session.state().kind).toBe('signed-in');
    expect(session.accessToken()).toMatch(/^a\d+$/);
  });

  it('a token refused by the platform: sign-in needed, renewed at most every 15 s, until accepted', async () => {
    const { session, calls } = setup(fresh(), 10 * MIN);
    session.markRefused();
    expect(session.state()).toMatchObject({ kind: 'sign-in-needed', reason: 'refused' });
    // Every poll meets a 401: the provider is not asked for a new token at each of them.
    expect(await session.renew()).toBe(false);
    expect(calls.refresh).toBe(0);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(await session.renew()).toBe(true);
    expect(calls.refresh).toBe(1);
    session.markRefused();
    session.markAccepted();
    expect(session.state().kind).toBe('signed-in');
  });

  it('tells its listeners, and forgets the token when disposed', () => {
    const { session } = setup(fresh());
    const seen: string[] = [];
    session.subscribe(() => seen.push(session.state().kind));
    session.markRefused();
    expect(seen).toEqual(['sign-in-needed']);
    session.dispose();
    expect(session.accessToken()).toBeUndefined();
  });
});
