import { describe, expect, it } from 'vitest';
import { createNgsiClientOver } from '../ngsi/client';
import type { NgsiTransport } from '../ngsi/transport';
import { attributeless, runFeed } from './run-feed';

/** A broker holding `total` (invalid, tiny) entities of any type, paged by limit and offset. */
function broker(total: number): NgsiTransport {
  return {
    get: (request) => {
      const param = (name: string) => Number(request.query.find(([n]) => n === name)?.[1] ?? 0);
      const offset = param('offset');
      const n = Math.max(0, Math.min(param('limit'), total - offset));
      const body = Array.from({ length: n }, (_, i) => ({ id: `urn:x:${offset + i}`, type: 'X' }));
      return Promise.resolve({ status: 200, body, resultsCount: total, next: undefined });
    },
  };
}

describe('runFeed result caps', () => {
  it.each<[string, 'EvacuationSite' | 'DesignatedShelter' | 'EvacuationShelter', number, boolean]>([
    ['a nationwide site master is read whole', 'EvacuationSite', 120_000, false],
    ['a nationwide shelter master is read whole', 'DesignatedShelter', 120_000, false],
    ['a live feed keeps the client default cap', 'EvacuationShelter', 100_000, true],
  ])('%s', async (_label, feed, received, truncated) => {
    const result = await runFeed(createNgsiClientOver(broker(120_000)), feed, {});
    expect(result.report.received).toBe(received);
    expect(result.truncated).toBe(truncated);
  });
});

describe('key-values without attributes', () => {
  const values = {
    locationCode: '422011',
    dateObserved: '2026-10-07',
    hour: 9,
    nationality: 'JP',
    visitorCount: 1234,
  };
  const normalized = (i: number) => ({
    id: `urn:ngsi-ld:TourismPresenceObserved:${i}`,
    type: 'TourismPresenceObserved',
    ...Object.fromEntries(
      Object.entries(values).map(([k, value]) => [k, { type: 'Property', value }]),
    ),
  });
  /** A broker that answers options=keyValues with bare ids and types (seen in the field). */
  function shellsForKeyValues(asked: string[]): NgsiTransport {
    return {
      get: (request) => {
        const options = request.query.find(([n]) => n === 'options')?.[1] ?? 'normalized';
        asked.push(options);
        const body = [0, 1, 2].map((i) =>
          options === 'keyValues'
            ? { id: `urn:ngsi-ld:TourismPresenceObserved:${i}`, type: 'TourismPresenceObserved' }
            : normalized(i),
        );
        return Promise.resolve({ status: 200, body, resultsCount: 3, next: undefined });
      },
    };
  }

  it('reads the feed again in normalized form, and says so', async () => {
    const asked: string[] = [];
    const client = createNgsiClientOver(shellsForKeyValues(asked));
    const result = await runFeed(client, 'TourismPresenceObserved', { options: 'keyValues' });
    expect(asked).toEqual(['keyValues', 'normalized']);
    expect(result.normalizedFallback).toBe(true);
    expect(result.report.skipped).toBe(0);
    expect(result.items.map((p) => p.count)).toEqual([1234, 1234, 1234]);
  });

  it.each<[string, unknown[], boolean]>([
    ['ids and types only', [{ id: 'a', type: 'T' }], true],
    ['with an @context too', [{ id: 'a', type: 'T', '@context': 'c' }], true],
    [
      'one entity with an attribute',
      [
        { id: 'a', type: 'T' },
        { id: 'b', type: 'T', x: 1 },
      ],
      false,
    ],
    ['nothing at all (an empty day)', [], false],
  ])('attributeless: %s → %s', (_what, entities, expected) => {
    expect(attributeless(entities)).toBe(expected);
  });
});

describe('pages are read as they arrive', () => {
  it('reads the first page while the second is still on its way', async () => {
    const read: string[] = [];
    /** An entity that notes when it is first read as an entity (paging reads only ids). */
    const watched = (id: string) => ({
      id,
      get type() {
        if (!read.includes(id)) read.push(id);
        return 'EvacuationShelter';
      },
    });
    let answerSecond: () => void = () => undefined;
    let readWhileWaiting: string[] = [];
    const transport: NgsiTransport = {
      get: (request) => {
        const offset = request.query.find(([n]) => n === 'offset')?.[1];
        if (offset === '0')
          return Promise.resolve({
            status: 200,
            body: [watched('urn:a'), watched('urn:b')],
            resultsCount: 3,
            next: undefined,
          });
        return new Promise((resolve) => {
          answerSecond = () => {
            readWhileWaiting = [...read];
            resolve({ status: 200, body: [watched('urn:c')], resultsCount: 3, next: undefined });
          };
        });
      },
    };
    const running = runFeed(createNgsiClientOver(transport), 'EvacuationShelter', {
      pageSize: 2,
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    answerSecond();
    const result = await running;
    expect(readWhileWaiting).toEqual(['urn:a', 'urn:b']);
    expect(read).toEqual(['urn:a', 'urn:b', 'urn:c']);
    expect(result.report).toMatchObject({ received: 3, accepted: 0, skipped: 3 });
  });
});
