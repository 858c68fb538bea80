import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { asList, CONTEXT_LINK } from '../broker/testing';
import { scenarioStateAt } from '../scenarios';
import { startMockServer, type RunningMockServer } from './server';

const SEED = 11;
let mock: RunningMockServer;

beforeAll(async () => {
  mock = await startMockServer({ scenario: 'typhoon', speed: 60, seed: SEED });
});
afterAll(() => mock.close());

const control = async (body?: unknown): Promise<Response> =>
  fetch(`${mock.url}/__mock/scenario`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** The parts of GET /__mock/scenario these tests read, checked rather than cast. */
const statusSchema = z.object({
  stormMinutes: z.number(),
  realTime: z.string(),
  evacuationInformation: z.object({ levels: z.record(z.string(), z.number()) }),
  overlays: z.object({ entities: z.number(), evacueeTotal: z.number() }),
});

async function status(res: Response) {
  expect(res.status).toBe(200);
  const body: unknown = await res.json();
  return { body, ...statusSchema.parse(body) };
}

/** Every shelter overlay as keyValues, by id. */
async function shelters() {
  const pages = await Promise.all(
    [0, 1000].map(async (offset) => {
      const res = await fetch(
        `${mock.url}/ngsi-ld/v1/entities?type=EvacuationShelter&limit=1000&offset=${offset}` +
          '&options=keyValues&attrs=openingStatus,evacueeTotal',
        { headers: { Accept: 'application/json', Link: CONTEXT_LINK } },
      );
      return asList(await res.json());
    }),
  );
  return new Map(pages.flat().map((e) => [e.id, e]));
}

describe('drill control over HTTP', () => {
  it('reports the running drill', async () => {
    const s = await status(await control());
    expect(s.body).toMatchObject({ scenario: 'typhoon', seed: SEED, speed: 60, paused: false });
    expect(s.stormMinutes).toBeGreaterThanOrEqual(1080);
    // 3 temporary shelters, the legacy duplicate, the relay's invalid twin.
    expect(s.overlays.entities).toBe(1478 + 5);
    expect(Date.parse(s.realTime)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('freezes the drill at a known minute, matching the pure state', async () => {
    const s = await status(await control({ stormMinutes: 1300, paused: true }));
    expect(s.body).toMatchObject({ stormMinutes: 1300, paused: true, cycle: 0, cycleMinute: 1300 });
    await new Promise((r) => setTimeout(r, 1_200)); // a tick passes: still frozen
    expect((await status(await control())).stormMinutes).toBe(1300);
    const expected = scenarioStateAt(SEED, 1300);
    const wire = await shelters();
    for (const o of expected.overlays) {
      const e = wire.get(o.id);
      expect([e?.openingStatus, e?.evacueeTotal]).toEqual([o.openingStatus, o.evacueeTotal]);
    }
    const levels = s.evacuationInformation.levels;
    expect(levels['422118']).toBe(5); // 五島市 at 21:40 storm time
    expect(s.overlays.evacueeTotal).toBe(
      expected.overlays.reduce((n, o) => n + (o.evacueeTotal ?? 0), 0),
    );
  });

  it('changes speed and resumes', async () => {
    const s = await status(await control({ speed: 600, paused: false }));
    expect(s.body).toMatchObject({ speed: 600, paused: false });
  });

  it('rejects a malformed patch with ProblemDetails', async () => {
    const res = await control({ stormMinutes: -5 });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ status: 400, title: 'Bad control request' });
    expect((await control({ speed: 0 })).status).toBe(400);
    expect((await control({ jump: 1 })).status).toBe(400);
  });

  it('restarts the drill on reset', async () => {
    await control({ stormMinutes: 2000, paused: true });
    await fetch(`${mock.url}/__mock/reset`, { method: 'POST' });
    const s = await status(await control());
    expect(s.body).toMatchObject({ paused: false, speed: 60 });
    expect(s.stormMinutes).toBeLessThan(1100);
  });
});

describe('without a drill', () => {
  it('answers GET with baseline and POST with 404', async () => {
    const plain = await startMockServer();
    try {
      const get = await fetch(`${plain.url}/__mock/scenario`);
      expect(await get.json()).toEqual({ scenario: 'baseline' });
      const post = await fetch(`${plain.url}/__mock/scenario`, { method: 'POST', body: '{}' });
      expect(post.status).toBe(404);
      const shelters = await fetch(`${plain.url}/ngsi-ld/v1/entities?type=EvacuationShelter`, {
        headers: { Link: CONTEXT_LINK },
      });
      expect(await shelters.json()).toEqual([]);
    } finally {
      await plain.close();
    }
  });
});
