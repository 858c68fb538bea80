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
