import { IDBFactory } from 'fake-indexeddb';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNgsiClientOver } from '../ngsi/client';
import type { NgsiTransport } from '../ngsi/transport';
import { closeKept, readKept, writeKept } from './kept-store';
import { createMasterKeeper } from './run-master';
import { PACKED_FORM, type PackedAnswer } from './packed-master';

/** A broker whose site master is `sites` entities (ids only), changed by assigning `sites`. */
function broker() {
  const state = { sites: 3, requests: 0 };
  const transport: NgsiTransport = {
    get: (request) => {
      state.requests++;
      const param = (name: string) => Number(request.query.find(([n]) => n === name)?.[1] ?? 0);
      const offset = param('offset');
      const n = Math.max(0, Math.min(param('limit'), state.sites - offset));
      const body = Array.from({ length: n }, (_, i) => ({ id: `urn:x:${offset + i}`, type: 'X' }));
      return Promise.resolve({ status: 200, body, resultsCount: state.sites, next: undefined });
    },
  };
  return { state, client: createNgsiClientOver(transport) };
}

const kind = (a: PackedAnswer) => a.kind;
const received = (a: PackedAnswer) => (a.kind === 'fresh' ? a.data.report.received : undefined);

// Files of this project share their globals (vitest.config.ts): IndexedDB is put in place per
// case and taken away after the file, as Node has none.
const before = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
beforeEach(async () => {
  await closeKept();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(closeKept);
afterAll(() => {
  if (before) Object.defineProperty(globalThis, 'indexedDB', before);
  else Reflect.deleteProperty(globalThis, 'indexedDB');
});

describe('a page’s master reads', () => {
  it('sends a set once, then "unchanged" until it changes or is asked whole', async () => {
    const { state, client } = broker();
    const keeper = createMasterKeeper(client, undefined);
    const answers = [
      await keeper.run('EvacuationSite', false),
      await keeper.run('EvacuationSite', false),
      await keeper.run('EvacuationSite', true),
    ];
    state.sites = 4;
    answers.push(await keeper.run('EvacuationSite', false));
    answers.push(await keeper.run('EvacuationSite', false));
    expect(answers.map(kind)).toEqual(['fresh', 'unchanged', 'fresh', 'fresh', 'unchanged']);
    expect(answers.map(received)).toEqual([3, undefined, 3, 4, undefined]);
    // Each feed is held apart.
    expect(kind(await keeper.run('DesignatedShelter', false))).toBe('fresh');
  });
});

describe('masters kept between visits', () => {
  const SCOPE = '["live","ngsi-ld","https://broker.example/ngsi-ld/v1","city","",""]';

  it.each<[string, string | undefined, string | undefined, boolean]>([
    ['the same scope gets the set back', SCOPE, SCOPE, true],
    ['another tenant or broker never sees it', SCOPE, SCOPE.replace('city', 'town'), false],
    ['nothing is kept without a scope (sign-in)', undefined, SCOPE, false],
    ['nothing is offered without a scope', SCOPE, undefined, false],
  ])('%s', async (_label, writer, reader, found) => {
    const { client } = broker();
    const first = await createMasterKeeper(client, writer).run('EvacuationSite', false);
    // The write is not awaited by a poll; let it land.
    await new Promise((r) => setTimeout(r, 20));
    const kept = await createMasterKeeper(client, reader).kept('EvacuationSite');
    expect(kept !== null).toBe(found);
    if (found && first.kind === 'fresh') {
      expect(kept?.data).toEqual(first.data);
      expect(kept?.savedAt).toBeGreaterThan(Date.now() - 5_000);
    }
  });

  it('revalidates a kept set: the same answers "unchanged", a changed one replaces it', async () => {
    const { state, client } = broker();
    await createMasterKeeper(client, SCOPE).run('EvacuationSite', false);
    await new Promise((r) => setTimeout(r, 20));

    const reload = createMasterKeeper(client, SCOPE);
    expect((await reload.kept('EvacuationSite'))?.data.report.received).toBe(3);
    expect(kind(await reload.run('EvacuationSite', false))).toBe('unchanged');
    state.sites = 5;
    const changed = await reload.run('EvacuationSite', false);
    expect(received(changed)).toBe(5);
    await new Promise((r) => setTimeout(r, 20));
    const next = await createMasterKeeper(client, SCOPE).kept('EvacuationSite');
    expect(next?.data.report.received).toBe(5);
  });

  it.each([
    ['objects, not columns', SCOPE],
    ['columns with entity ids', `${SCOPE} designation-columns/1`],
  ])('never offers a set kept in an earlier form (%s)', async (_label, earlierScope) => {
    const { client } = broker();
    await createMasterKeeper(client, SCOPE).run('EvacuationSite', false);
    await new Promise((r) => setTimeout(r, 20));
    const record = await readKept<unknown>('EvacuationSite', `${SCOPE} ${PACKED_FORM}`);
    expect(record).toBeDefined();
    await writeKept('EvacuationSite', { ...record!, scope: earlierScope });
    expect(await createMasterKeeper(client, SCOPE).kept('EvacuationSite')).toBeNull();
  });

  it('offers no kept set once the broker has answered (the page holds fresher data)', async () => {
    const { client } = broker();
    await createMasterKeeper(client, SCOPE).run('EvacuationSite', false);
    await new Promise((r) => setTimeout(r, 20));
    const page = createMasterKeeper(client, SCOPE);
    await page.run('EvacuationSite', false);
    expect(await page.kept('EvacuationSite')).toBeNull();
  });

  it('works without IndexedDB: nothing kept, nothing fails', async () => {
    await closeKept();
    const saved = globalThis.indexedDB;
    // @ts-expect-error: a browser without IndexedDB (or one that refuses it)
    delete globalThis.indexedDB;
    try {
      const { client } = broker();
      const keeper = createMasterKeeper(client, SCOPE);
      expect(kind(await keeper.run('EvacuationSite', false))).toBe('fresh');
      expect(await keeper.kept('DesignatedShelter')).toBeNull();
    } finally {
      await closeKept();
      globalThis.indexedDB = saved;
    }
  });
});
