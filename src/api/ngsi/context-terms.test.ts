import { describe, expect, it } from 'vitest';
import { createNgsiClientOver } from './client';
import { compactType, contextTermsLoader, NO_TERMS, termsOf } from './context-terms';
import type { NgsiTransport } from './transport';

const NS = 'https://datamodels.jp/ns/disaster/';

/** A context as platforms publish them: a prefix, prefixed terms, full IRIs, an @id object. */
const CONTEXT_DOC = {
  '@context': [
    'https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld',
    {
      ndm: NS,
      EvacuationShelter: 'ndm:EvacuationShelter',
      DesignatedShelter: `${NS}DesignatedShelter`,
      AedLocation: { '@id': 'https://example.org/ns/AED', '@type': '@id' },
      capacity: 'ndm:capacity',
    },
  ],
};

describe('compactType', () => {
  const terms = termsOf(CONTEXT_DOC);
  it.each<[string, string]>([
    // [as the broker answered, as the dashboard names it]
    [`${NS}EvacuationShelter`, 'EvacuationShelter'],
    [`${NS}DesignatedShelter`, 'DesignatedShelter'],
    ['https://example.org/ns/AED', 'AedLocation'],
    ['EvacuationShelter', 'EvacuationShelter'],
    // Not in the context, but the last segment is a contract type.
    ['https://other.example/models#TouristFlowObserved', 'TouristFlowObserved'],
    ['urn:ngsi-ld:type:EvacuationSite', 'EvacuationSite'],
    // Neither: left as it came, never guessed.
    ['https://other.example/models/Parking', 'https://other.example/models/Parking'],
  ])('%s → %s', (answered, expected) => {
    expect(compactType(answered, terms)).toBe(expected);
  });

  it('uses @vocab for IRIs directly under it', () => {
    const vocab = termsOf({ '@context': { '@vocab': 'https://v.example/' } });
    expect(compactType('https://v.example/Parking', vocab)).toBe('Parking');
    expect(compactType('https://v.example/a/Parking', vocab)).toBe('https://v.example/a/Parking');
  });

  it.each<[string, unknown]>([
    ['not an object', 'text'],
    ['no @context', { a: 1 }],
    ['a remote context only', { '@context': 'https://x.example/c.jsonld' }],
  ])('reads no terms from %s', (_what, doc) => {
    expect(termsOf(doc).byIri.size).toBe(0);
  });
});

describe('the client compacts /types with the configured context', () => {
  const answering = (body: unknown): NgsiTransport => ({
    get: () => Promise.resolve({ status: 200, body, resultsCount: undefined, next: undefined }),
  });
  const contextFetch = (doc: unknown, calls: string[], ok = true) =>
    ((url: string) => {
      calls.push(url);
      return Promise.resolve(new Response(JSON.stringify(doc), { status: ok ? 200 : 404 }));
    }) as typeof fetch;

  it('asks for the context once, and only when a type came back as an IRI', async () => {
    const calls: string[] = [];
    const loader = contextTermsLoader(
      'https://ctx.example/c.jsonld',
      contextFetch(CONTEXT_DOC, calls),
    );
    const iris = createNgsiClientOver(
      answering({ typeList: [`${NS}EvacuationShelter`, 'https://example.org/ns/AED'] }),
      loader,
    );
    expect(await iris.getTypes()).toEqual(['EvacuationShelter', 'AedLocation']);
    expect(await iris.getTypes()).toEqual(['EvacuationShelter', 'AedLocation']);
    expect(calls).toEqual(['https://ctx.example/c.jsonld']);

    const termsOnly: string[] = [];
    const plain = createNgsiClientOver(
      answering({ typeList: ['EvacuationShelter', `${NS}EvacuationSite`] }),
      contextTermsLoader('https://ctx.example/c.jsonld', contextFetch(CONTEXT_DOC, termsOnly)),
    );
    expect(await plain.getTypes()).toEqual(['EvacuationShelter', 'EvacuationSite']);
    expect(termsOnly).toEqual([]);
  });

  it('compacts detailed types and their attribute names, merging two IRIs of one term', async () => {
    const client = createNgsiClientOver(
      answering([
        { id: `${NS}EvacuationShelter`, type: 'EntityType', attributeNames: [`${NS}capacity`] },
        { id: 'EvacuationShelter', type: 'EntityType', attributeNames: ['status'] },
      ]),
      contextTermsLoader('https://ctx.example/c.jsonld', contextFetch(CONTEXT_DOC, [])),
    );
    expect(await client.getTypeDetails()).toEqual([
      { name: 'EvacuationShelter', attributeNames: ['capacity', 'status'] },
    ]);
  });

  it('without the context document, contract types still read as terms, others stay IRIs', async () => {
    const client = createNgsiClientOver(
      answering({ typeList: [`${NS}EvacuationShelter`, 'https://example.org/ns/AED'] }),
      contextTermsLoader('https://ctx.example/c.jsonld', contextFetch({}, [], false)),
    );
    expect(await client.getTypes()).toEqual(['EvacuationShelter', 'https://example.org/ns/AED']);
  });

  it.each<[string, typeof fetch, string]>([
    [
      'a 404',
      (() => Promise.resolve(new Response('no', { status: 404 }))) as typeof fetch,
      'HTTP 404',
    ],
    [
      'not JSON',
      (() => Promise.resolve(new Response('<html>', { status: 200 }))) as typeof fetch,
      'not JSON',
    ],
    [
      'a failed fetch',
      (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
      'unreachable',
    ],
  ])('gives no terms, and says why, for %s', async (_what, failing, reason) => {
    const url = 'https://ctx.example/c.jsonld';
    expect(await contextTermsLoader(url, failing)()).toEqual({
      ...NO_TERMS,
      problem: { url, reason },
    });
  });

  it('tells the caller the context was needed and unread; nothing when it was not needed', async () => {
    const url = 'https://ctx.example/c.jsonld';
    const missing = contextTermsLoader(url, contextFetch({}, [], false));
    const iris = createNgsiClientOver(
      answering({ typeList: ['https://other.example/P'] }),
      missing,
    );
    expect(iris.contextProblem?.()).toBeUndefined();
    await iris.getTypes();
    expect(iris.contextProblem?.()).toEqual({ url, reason: 'HTTP 404' });
    const terms = createNgsiClientOver(answering({ typeList: ['P'] }), missing);
    await terms.getTypes();
    expect(terms.contextProblem?.()).toBeUndefined();
  });
});
