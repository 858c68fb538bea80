import { readFileSync } from 'node:fs';
import { http, type RequestHandler } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { createBroker } from '../broker';
import { CONTEXT_LINK, shelter } from '../broker/testing';
import { createCatalog, createCatalogHandlers } from '../catalog';
import { createHandlers } from '../handlers';
import { createProxyFetch } from '../../src/api/worker/proxy-fetch';
import type { FetchAnswer, FetchAsk } from '../../src/api/worker/protocol';
import { createEmbeddedMock } from './embedded';
import { answerAsk, answerAsks } from './serve';

const ORIGIN = 'http://127.0.0.1:5173';
const broker = createBroker();
broker.upsertMany([shelter(1, 'open', 10), shelter(2, 'full', 20)]);
const handlers: RequestHandler[] = [
  ...createHandlers(broker),
  ...createCatalogHandlers(createCatalog({ faults: { unreachable: true } })),
  http.get('*/boom', () => {
    throw new Error('the handler broke');
  }),
];

const ask = (path: string, init: Partial<Extract<FetchAsk, { kind: 'fetch' }>> = {}) => ({
  kind: 'fetch' as const,
  fetchId: 7,
  url: `${ORIGIN}${path}`,
  method: 'GET',
  headers: [
    ['accept', 'application/json'],
    ['link', CONTEXT_LINK],
  ] as [string, string][],
  ...init,
});

const answer = (path: string, init?: Partial<Extract<FetchAsk, { kind: 'fetch' }>>) =>
  answerAsk(handlers, ask(path, init), new AbortController().signal);

const bodyOf = (a: FetchAnswer): unknown => {
  if (a.kind !== 'fetched') throw new Error(`failed: ${a.message}`);
  return JSON.parse(a.body);
};

describe('one asked request, answered by the handlers', () => {
  it('answers a query as the broker does, with its headers', async () => {
    const a = await answer('/ngsi-ld/v1/entities?type=EvacuationShelter&count=true');
    expect(a).toMatchObject({ kind: 'fetched', fetchId: 7, status: 200 });
    if (a.kind !== 'fetched') return;
    const headers = new Headers(a.headers);
    expect(headers.get('ngsild-results-count')).toBe('2');
    expect(headers.get('content-type')).toBe('application/json');
    expect((bodyOf(a) as { id: string }[]).map((e) => e.id)).toEqual([
      'urn:ngsi-ld:EvacuationShelter:1',
      'urn:ngsi-ld:EvacuationShelter:2',
    ]);
  });

  it.each<[string, string, number, string]>([
    ['another method under /ngsi-ld/v1', 'POST', 404, 'ResourceNotFound'],
    ['a malformed id', 'GET', 400, 'BadRequestData'],
  ])('answers %s with the broker’s problem', async (_, method, status, error) => {
    const path = method === 'POST' ? '/ngsi-ld/v1/entities' : '/ngsi-ld/v1/entities/urn%ZZ';
    const a = await answer(path, { method, ...(method === 'POST' && { body: '{}' }) });
    expect(a).toMatchObject({ kind: 'fetched', status });
    expect(bodyOf(a)).toMatchObject({ type: `https://uri.etsi.org/ngsi-ld/errors/${error}` });
  });

  it('answers a path no handler takes with a 404 that names it', async () => {
    const a = await answer('/v2/nothing-here');
    expect(a).toMatchObject({ kind: 'fetched', status: 404 });
    expect(bodyOf(a)).toMatchObject({
      detail: 'GET /v2/nothing-here is not served by this mock',
    });
  });

  it.each<[string, string, string]>([
    [
      'a network error (the catalogue unreachable)',
      '/ckan/api/3/action/package_search',
      'Failed to fetch',
    ],
    ['a handler that throws', '/boom', 'the handler broke'],
  ])('fails the fetch on %s', async (_, path, message) => {
    const a = await answer(path);
    expect(a).toMatchObject({ kind: 'fetch-failed', fetchId: 7, aborted: false });
    if (a.kind === 'fetch-failed') expect(a.message).toContain(message);
  });
});

describe('a fetch over a message channel to the mock', () => {
  const channels: MessageChannel[] = [];
  afterEach(() => {
    for (const c of channels.splice(0)) {
      c.port1.close();
      c.port2.close();
    }
  });

  function connect(served: readonly RequestHandler[]) {
    const channel = new MessageChannel();
    channels.push(channel);
    const viaMock = createProxyFetch((a) => channel.port1.postMessage(a));
    channel.port1.onmessage = (event: MessageEvent<FetchAnswer>) => viaMock.settle(event.data);
    answerAsks(channel.port2, served);
    return viaMock.fetch;
  }

  it('gives the same answer as the broker over HTTP semantics, headers and all', async () => {
    const fetchMock = connect(handlers);
    const res = await fetchMock(
      `${ORIGIN}/ngsi-ld/v1/entities?type=EvacuationShelter&limit=1&count=true`,
      {
        headers: { Accept: 'application/json', Link: CONTEXT_LINK },
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('NGSILD-Results-Count')).toBe('2');
    expect(((await res.json()) as { id: string }[]).map((e) => e.id)).toEqual([
      'urn:ngsi-ld:EvacuationShelter:1',
    ]);
  });

  it('sends a Request’s method, headers and text body', async () => {
    const seen: Extract<FetchAsk, { kind: 'fetch' }>[] = [];
    const fetchAsked = createProxyFetch((a) => {
      if (a.kind === 'fetch') seen.push(a);
    }).fetch;
    void fetchAsked(
      new Request(`${ORIGIN}/ckan/api/3/action/package_search`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
      }),
      { method: 'POST', body: '{"rows":1}' },
    );
    void fetchAsked(`${ORIGIN}/ngsi-ld/v1/types`);
    expect(seen.map(({ method, body, headers }) => ({ method, body, headers }))).toEqual([
      { method: 'POST', body: '{"rows":1}', headers: [['content-type', 'application/json']] },
      { method: 'GET', body: undefined, headers: [] },
    ]);
  });

  it('rejects an aborted fetch at once and still answers the others', async () => {
    const slow = http.get('*/slow', () => new Promise<Response>(() => undefined));
    const fetchMock = connect([slow, ...handlers]);
    const controller = new AbortController();
    const aborted = fetchMock(`${ORIGIN}/slow`, { signal: controller.signal });
    controller.abort(new Error('stopped'));
    await expect(aborted).rejects.toThrow('stopped');
    const res = await fetchMock(`${ORIGIN}/ngsi-ld/v1/entities?type=EvacuationShelter`, {
      headers: { Link: CONTEXT_LINK },
    });
    expect(res.status).toBe(200);
  });
});

describe('the embedded mock as the worker builds it', () => {
  const count = (file: string) =>
    (JSON.parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')) as unknown[])
      .length;
  const contextUrl = 'https://nagasaki.example/ngsi-ld/context.jsonld';
  const link = (url: string) =>
    `<${url}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`;

  it('serves the fixtures under the configured @context, and [] under another', async () => {
    const mock = createEmbeddedMock({ contextUrl });
    expect(mock.drill).toBeUndefined();
    const total = async (type: string, context: string) => {
      const a = await answerAsk(
        mock.handlers,
        ask(`/ngsi-ld/v1/entities?type=${type}&limit=1&count=true`, {
          headers: [['link', link(context)]],
        }),
        new AbortController().signal,
      );
      return a.kind === 'fetched' ? new Headers(a.headers).get('ngsild-results-count') : a.message;
    };
    expect(await total('EvacuationSite', contextUrl)).toBe(String(count('evacuation-sites.json')));
    expect(await total('DesignatedShelter', contextUrl)).toBe(
      String(count('designated-shelters.json')),
    );
    expect(await total('EvacuationSite', 'https://other.example/context.jsonld')).toBe('0');
  });

  it('runs the drill when the scenario is one', () => {
    const mock = createEmbeddedMock({ contextUrl, scenario: 'typhoon', speed: 60 });
    try {
      expect(mock.drill?.stormMinutes()).toBeGreaterThan(0);
    } finally {
      mock.drill?.stop();
    }
  });
});
