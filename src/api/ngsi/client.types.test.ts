import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createNgsiClient } from './client';
import { API, BROKER, problem } from './testing/fake-broker';
import { mswServerForThisFile } from './testing/msw-server';

const server = mswServerForThisFile();
const client = () =>
  createNgsiClient({ apiBaseUrl: BROKER, contextUrl: 'https://ctx.test/context.jsonld' });

describe('getTypeDetails', () => {
  it('asks for details=true and reads attribute names', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${API}/types`, ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json([
          { id: 'EvacuationSite', type: 'EntityType', attributeNames: ['localGovernmentCode'] },
        ]);
      }),
    );
    expect(await client().getTypeDetails()).toEqual([
      { name: 'EvacuationSite', attributeNames: ['localGovernmentCode'] },
    ]);
    expect(seen).toEqual(['?details=true']);
  });

  it('reads an EntityTypeList sent in spite of details=true', async () => {
    server.use(http.get(`${API}/types`, () => HttpResponse.json({ typeList: ['A'] })));
    expect(await client().getTypeDetails()).toEqual([{ name: 'A' }]);
  });

  it.each([
    [400, 'BadRequestData'],
    [501, 'OperationNotSupported'],
  ])('falls back to the plain list when details gets %i', async (status, name) => {
    const seen: string[] = [];
    server.use(
      http.get(`${API}/types`, ({ request }) => {
        const search = new URL(request.url).search;
        seen.push(search);
        return search === '' ? HttpResponse.json({ typeList: ['A', 'B'] }) : problem(status, name);
      }),
    );
    expect(await client().getTypeDetails()).toEqual([{ name: 'A' }, { name: 'B' }]);
    expect(seen).toEqual(['?details=true', '']);
  });

  it('passes other failures on without a second request', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/types`, () => {
        calls += 1;
        return problem(500, 'InternalError');
      }),
    );
    await expect(client().getTypeDetails()).rejects.toMatchObject({ kind: 'problem', status: 500 });
    expect(calls).toBe(1);
  });

  it('rejects an unknown shape', async () => {
    server.use(http.get(`${API}/types`, () => HttpResponse.json({ nope: true })));
    await expect(client().getTypeDetails()).rejects.toMatchObject({
      kind: 'invalid-response',
      reason: 'wrong-shape',
      target: '/types?details=true',
    });
  });
});

describe('queryEntities with sysAttrs', () => {
  it.each([
    [{}, 'sysAttrs'],
    [{ options: 'keyValues' as const }, 'keyValues,sysAttrs'],
    [{ options: 'normalized' as const }, 'sysAttrs'],
  ])('%o sends options=%s', async (extra, expected) => {
    const seen: Array<string | null> = [];
    server.use(
      http.get(`${API}/entities`, ({ request }) => {
        seen.push(new URL(request.url).searchParams.get('options'));
        return HttpResponse.json([]);
      }),
    );
    await client().queryEntities({ type: 'A', sysAttrs: true, ...extra });
    expect(seen).toEqual([expected]);
  });

  it('sends no options for plain normalized', async () => {
    const seen: boolean[] = [];
    server.use(
      http.get(`${API}/entities`, ({ request }) => {
        seen.push(new URL(request.url).searchParams.has('options'));
        return HttpResponse.json([]);
      }),
    );
    await client().queryEntities({ type: 'A' });
    expect(seen).toEqual([false]);
  });
});
