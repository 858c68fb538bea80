import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createNgsiClient } from './client';
import { InvalidResponseError } from './errors';
import { API, BROKER, entities, fakeBroker, offsets } from './testing/fake-broker';
import { mswServerForThisFile } from './testing/msw-server';

const server = mswServerForThisFile();

const client = () =>
  createNgsiClient({ apiBaseUrl: BROKER, contextUrl: 'https://ctx.test/context.jsonld' });
const ids = (list: readonly unknown[]) =>
  new Set(list.map((e) => (typeof e === 'object' && e !== null && 'id' in e ? e.id : undefined)));

describe('queryEntities paging: broker quirks', () => {
  it('stops when a broker ignoring limit sends more than asked', async () => {
    const broker = fakeBroker({ entities: entities(30), ignorePaging: true });
    server.use(broker.handler);
    const result = await client().queryEntities({ type: 'EvacuationShelter', pageSize: 10 });
    expect(result).toMatchObject({ pages: 1, duplicateIds: 0, truncated: false });
    expect(result.entities).toHaveLength(30);
  });

  it('stops on a repeated page from a broker ignoring offset, without counting repeats', async () => {
    const broker = fakeBroker({ entities: entities(30), ignorePaging: true, countHeader: false });
    server.use(broker.handler);
    const result = await client().queryEntities({ type: 'EvacuationShelter', pageSize: 30 });
    expect(result).toMatchObject({ pages: 2, duplicateIds: 0, truncated: false });
    expect(result.entities).toHaveLength(30);
    expect(result.totalReported).toBeUndefined();
  });

  it('flags a broker that ignores offset while reporting more than it ever sends', async () => {
    server.use(
      http.get(`${API}/entities`, () =>
        HttpResponse.json(entities(10), { headers: { 'NGSILD-Results-Count': '25' } }),
      ),
    );
    const result = await client().queryEntities({ type: 'EvacuationShelter', pageSize: 10 });
    expect(result).toMatchObject({ pages: 2, truncated: true, totalReported: 25 });
    expect(result.entities).toHaveLength(10);
  });

  it('pages until a short page when the count header is missing (or hidden by CORS)', async () => {
    const broker = fakeBroker({ entities: entities(25), countHeader: false });
    server.use(broker.handler);
    const result = await client().queryEntities({ type: 'EvacuationShelter', pageSize: 10 });
    expect(result).toMatchObject({ pages: 3, truncated: false });
    expect(result.entities).toHaveLength(25);
    expect(offsets(broker.seen)).toEqual([0, 10, 20]);
  });

  it('asks once more after an exactly full last page without a count', async () => {
    const broker = fakeBroker({ entities: entities(20), countHeader: false });
    server.use(broker.handler);
    const result = await client().queryEntities({ type: 'EvacuationShelter', pageSize: 10 });
    expect(result).toMatchObject({ pages: 3, truncated: false });
    expect(result.entities).toHaveLength(20);
  });

  it('follows Link rel=next (relative and absolute) below the API base', async () => {
    const broker = fakeBroker({
      entities: entities(25),
      countHeader: false,
      nextLink: (offset, limit) =>
        offset < 20
          ? `?type=EvacuationShelter&limit=${limit}&offset=${offset}&cursor=c${offset}`
          : `${API}/entities?limit=${limit}&offset=${offset}`,
    });
    server.use(broker.handler);
    const result = await client().queryEntities({ type: 'EvacuationShelter', pageSize: 10 });
    expect(result).toMatchObject({ pages: 3, truncated: false });
    expect(result.entities).toHaveLength(25);
    expect(broker.seen.map((r) => r.url.searchParams.get('cursor'))).toEqual([null, 'c10', null]);
    // Headers go along on followed links too.
    expect(broker.seen[2]?.headers['link']).toContain('https://ctx.test/context.jsonld');
  });

  it('ignores a next link to another host and pages by offset instead', async () => {
    const broker = fakeBroker({
      entities: entities(15),
      nextLink: (offset) => `https://evil.test/steal?offset=${offset}`,
    });
    server.use(broker.handler);
    const result = await client().queryEntities({ type: 'EvacuationShelter', pageSize: 10 });
    expect(result.entities).toHaveLength(15);
    expect(broker.seen.every((r) => r.url.host === 'broker.test')).toBe(true);
  });

  it('de-duplicates ids across overlapping pages and counts them', async () => {
    // Entities shifting while we page (an insert upstream) make pages overlap by one.
    const all = entities(7);
    const pages = [all.slice(0, 3), all.slice(2, 5), all.slice(4, 7)];
    server.use(
      http.get(`${API}/entities`, ({ request }) => {
        const offset = Number(new URL(request.url).searchParams.get('offset'));
        return HttpResponse.json(pages[offset / 3] ?? [], {
          headers: { 'NGSILD-Results-Count': '9' },
        });
      }),
    );
    const result = await client().queryEntities({ type: 'EvacuationShelter', pageSize: 3 });
    expect(result).toMatchObject({ duplicateIds: 2, pages: 3, truncated: false });
    expect([...ids(result.entities)]).toEqual(all.map((e) => e.id));
  });

  it('counts duplicates inside one page and keeps id-less items for the schema layer', async () => {
    server.use(
      http.get(`${API}/entities`, () =>
        HttpResponse.json([{ id: 'urn:a' }, { id: 'urn:a' }, { name: 'no id' }, 5]),
      ),
    );
    const result = await client().queryEntities({ type: 'X' });
    expect(result).toMatchObject({ duplicateIds: 1, pages: 1 });
    expect(result.entities).toEqual([{ id: 'urn:a' }, { name: 'no id' }, 5]);
  });

  it('stops at maxEntities and says so', async () => {
    server.use(fakeBroker({ entities: entities(100) }).handler);
    const result = await client().queryEntities({
      type: 'EvacuationShelter',
      pageSize: 30,
      maxEntities: 45,
    });
    expect(result).toMatchObject({ pages: 2, truncated: true, totalReported: 100 });
    expect(result.entities).toHaveLength(45);
  });

  it('is not truncated when maxEntities equals the total', async () => {
    server.use(fakeBroker({ entities: entities(40) }).handler);
    const result = await client().queryEntities({
      type: 'EvacuationShelter',
      pageSize: 20,
      maxEntities: 40,
    });
    expect(result).toMatchObject({ pages: 2, truncated: false });
  });

  it('never loops forever: a broker linking to endless fresh pages hits the page cap', async () => {
    let n = 0;
    server.use(
      http.get(`${API}/entities`, () => {
        n += 1;
        return HttpResponse.json([{ id: `urn:x:${n}` }], {
          headers: { Link: `<?offset=${n}>; rel="next"` },
        });
      }),
    );
    const result = await client().queryEntities({ type: 'X', pageSize: 1, maxPages: 7 });
    expect(result).toMatchObject({ pages: 7, truncated: true });
    expect(n).toBe(7);
  });

  it('rejects an object where an array was expected, with a short shape description', async () => {
    server.use(
      http.get(`${API}/entities`, () =>
        HttpResponse.json({ id: 'urn:a', type: 'X', secret: 'not echoed' }),
      ),
    );
    const error: unknown = await client()
      .queryEntities({ type: 'X' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({
      reason: 'wrong-shape',
      excerpt: 'object with keys: id, type, secret',
    });
  });

  it('sends the query parameters of the contract', async () => {
    const broker = fakeBroker({ entities: [] });
    server.use(broker.handler);
    await client().queryEntities({
      type: 'EvacuationShelter',
      q: 'openingStatus=="open","full"',
      attrs: ['openingStatus', 'evacueeTotal'],
      options: 'keyValues',
    });
    const sp = broker.seen[0]?.url.searchParams;
    expect(sp?.get('type')).toBe('EvacuationShelter');
    expect(sp?.get('q')).toBe('openingStatus=="open","full"');
    expect(sp?.get('attrs')).toBe('openingStatus,evacueeTotal');
    expect(sp?.get('options')).toBe('keyValues');
    expect(sp?.get('limit')).toBe('500');
    expect(sp?.get('offset')).toBe('0');
  });

  it('sends no options for normalized', async () => {
    const broker = fakeBroker({ entities: [] });
    server.use(broker.handler);
    await client().queryEntities({ type: 'X', options: 'normalized' });
    expect(broker.seen[0]?.url.searchParams.has('options')).toBe(false);
  });
});
