import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_LINK } from '../broker/testing';
import { startMockServer, tourismNowFromArgs, type RunningMockServer } from '../http/server';

const NOW = Date.parse('2025-08-10T12:00:00+09:00');
let mock: RunningMockServer;

beforeAll(async () => {
  mock = await startMockServer({ tourismNow: () => NOW });
});
afterAll(() => mock.close());

const count = async (q: string): Promise<number> => {
  const res = await fetch(
    `${mock.url}/ngsi-ld/v1/entities?type=TourismPresenceObserved&q=${encodeURIComponent(q)}&count=true&limit=1`,
    { headers: { Accept: 'application/json', Link: CONTEXT_LINK } },
  );
  expect(res.status).toBe(200);
  return Number(res.headers.get('NGSILD-Results-Count'));
};

describe('tourism over the HTTP mock server', () => {
  it('serves days up to yesterday of its clock and today until noon, also after /__mock/reset', async () => {
    const yesterday = await count('dateObserved=="2025-08-09"');
    expect(yesterday).toBeGreaterThan(3_000);
    const today = await count('dateObserved=="2025-08-10"');
    expect(today).toBeGreaterThan(0);
    expect(await count('dateObserved=="2025-08-10";hour>=12')).toBe(0);
    expect(await count('dateObserved=="2025-08-11"')).toBe(0);
    await fetch(`${mock.url}/__mock/reset`, { method: 'POST' });
    expect(await count('dateObserved=="2025-08-09"')).toBe(yesterday);
  });

  it('answers an unbounded query with 403 TooManyResults', async () => {
    const res = await fetch(`${mock.url}/ngsi-ld/v1/entities?type=TouristFlowObserved`, {
      headers: { Accept: 'application/json', Link: CONTEXT_LINK },
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ title: 'Too many results' });
  });
});

describe('--tourism-now', () => {
  it.each([
    [['--tourism-now', '2026-08-02T12:00:00+09:00'], Date.parse('2026-08-02T12:00:00+09:00')],
    [['--tourism-now=2026-08-02'], Date.parse('2026-08-02')],
    [['--port', '0'], undefined],
  ])('%j → %s', (argv, expected) => {
    expect(tourismNowFromArgs(argv)?.()).toBe(expected);
  });

  it('rejects what is not a date', () => {
    expect(() => tourismNowFromArgs(['--tourism-now', 'yesterday'])).toThrow(
      /invalid --tourism-now/,
    );
  });
});
