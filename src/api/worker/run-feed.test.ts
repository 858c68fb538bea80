import { describe, expect, it } from 'vitest';
import { createNgsiClientOver } from '../ngsi/client';
import type { NgsiTransport } from '../ngsi/transport';
import { runFeed } from './run-feed';

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
