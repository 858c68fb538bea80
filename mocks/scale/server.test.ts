import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_LINK } from '../broker/testing';
import { scaleFromArgs, startMockServer, type RunningMockServer } from '../http/server';

let mock: RunningMockServer;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, scale: 3_000 });
});
afterAll(() => mock.close());

const count = async (type: string) => {
  const res = await fetch(`${mock.url}/ngsi-ld/v1/entities?type=${type}&limit=0&count=true`, {
    headers: { Accept: 'application/json', Link: CONTEXT_LINK },
  });
  return Number(res.headers.get('ngsild-results-count'));
};

describe('mock server with --scale', () => {
  it('serves the synthetic masters instead of the fixtures', async () => {
    const set = mock.scaleSet!;
    const sites = set.entities.filter((e) => e.type === 'EvacuationSite').length;
    expect(set.entities).toHaveLength(3_000);
    expect(await count('EvacuationSite')).toBe(sites);
    expect(await count('DesignatedShelter')).toBe(3_000 - sites);
  });

  it('pages through them like stored entities', async () => {
    const res = await fetch(
      `${mock.url}/ngsi-ld/v1/entities?type=EvacuationSite&limit=2&offset=1`,
      {
        headers: { Accept: 'application/json', Link: CONTEXT_LINK },
      },
    );
    const body: unknown = await res.json();
    const ids = mock.scaleSet!.entities.filter((e) => e.type === 'EvacuationSite').map((e) => e.id);
    expect(Array.isArray(body) && body.map((e: { id?: unknown }) => e.id)).toEqual(ids.slice(1, 3));
  });

  it('reads --scale from the command line', () => {
    expect(scaleFromArgs(['--scale', '200000'])).toEqual({ scale: 200_000 });
    expect(scaleFromArgs(['--scale=5'])).toEqual({ scale: 5 });
    expect(scaleFromArgs([])).toEqual({});
    expect(() => scaleFromArgs(['--scale', 'lots'])).toThrow(/invalid --scale/);
    expect(() => scaleFromArgs(['--scale', '0'])).toThrow(/invalid --scale/);
  });
});
