import { performance } from 'node:perf_hooks';
import { startMockServer } from '../../mocks/http/server';
import { validateFeed } from '../../src/api/entities/validate-feed';
import { FEED_PARSERS, type FeedName } from '../../src/api/worker/feeds';
import { entityReader } from '../../src/api/worker/run-feed';
import type { EntityRepresentation } from '../../src/api/ngsi/queries';
import { CONTEXT_LINK } from '../../mocks/broker/testing';
import { median } from './probes';

const PAGE = 1000;

/** The tourism clock of the bench's drill: data up to 2025-08-01 (JST). */
const TOURISM_NOW = '2025-08-02T12:00:00+09:00';
const TOURISM_DAY = '2025-08-01';

interface FeedSpec {
  type: FeedName;
  q?: string;
  options?: EntityRepresentation;
}

/** What the dashboard asks for: the masters and live feeds normalized, one tourism day as keyValues. */
const FEEDS: FeedSpec[] = [
  { type: 'EvacuationSite' },
  { type: 'DesignatedShelter' },
  { type: 'EvacuationShelter' },
  { type: 'EvacuationInformation' },
  { type: 'DisasterEvent' },
  { type: 'TourismPresenceObserved', q: `dateObserved=="${TOURISM_DAY}"`, options: 'keyValues' },
  {
    type: 'TouristFlowObserved',
    q: `dateObservedFrom>="${TOURISM_DAY}T00:00:00+09:00";dateObservedFrom<"2025-08-02T00:00:00+09:00"`,
    options: 'keyValues',
  },
];

/** The worker's own step for one page (src/api/worker/run-feed.ts), typed per feed. */
function validatePage<N extends FeedName>(
  raws: unknown[],
  type: N,
  options?: EntityRepresentation,
) {
  return validateFeed(raws, type, entityReader(options, type), FEED_PARSERS[type]);
}

/** Every page of one feed as the bytes the broker sent. */
async function fetchPages(apiUrl: string, spec: FeedSpec): Promise<string[]> {
  const pages: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const params = new URLSearchParams({
      type: spec.type,
      limit: String(PAGE),
      offset: String(offset),
    });
    if (spec.q) params.set('q', spec.q);
    if (spec.options) params.set('options', spec.options);
    const res = await fetch(`${apiUrl}/ngsi-ld/v1/entities?${params.toString()}`, {
      headers: { Accept: 'application/json', Link: CONTEXT_LINK },
    });
    if (!res.ok) throw new Error(`${spec.type}: HTTP ${res.status}`);
    const text = await res.text();
    pages.push(text);
    if ((JSON.parse(text) as unknown[]).length < PAGE) return pages;
  }
}

export interface ParseRow {
  type: FeedName;
  representation: EntityRepresentation | 'normalized';
  entities: number;
  accepted: number;
  bytes: number;
  jsonParseMs: number;
  parseValidateNormaliseMs: number;
  ratio: number;
}

/**
 * Parse + validate + normalise of every feed the dashboard reads (the typhoon drill frozen at
 * storm hour 15, one tourism day) beside JSON.parse of the same bytes: the worker's own path
 * (validateFeed with the feed's parser), same process, interleaved runs, medians.
 */
export async function parseBench(runs = 25): Promise<ParseRow[]> {
  const api = await startMockServer({
    port: 0,
    scenario: 'typhoon',
    badData: false,
    tourismNow: () => Date.parse(TOURISM_NOW),
  });
  const payloads: Array<{ spec: FeedSpec; pages: string[] }> = [];
  try {
    api.scenario!.pause();
    api.scenario!.setStormMinutes(15 * 60);
    for (const spec of FEEDS) payloads.push({ spec, pages: await fetchPages(api.url, spec) });
  } finally {
    await api.close();
  }
  return payloads.map(({ spec, pages }) => {
    const jsonOnly: number[] = [];
    const full: number[] = [];
    let entities = 0;
    let accepted = 0;
    for (let i = 0; i < runs + 3; i++) {
      let t = performance.now();
      for (const p of pages) JSON.parse(p);
      const a = performance.now() - t;
      t = performance.now();
      entities = 0;
      accepted = 0;
      for (const p of pages) {
        const raws = JSON.parse(p) as unknown[];
        const r = validatePage(raws, spec.type, spec.options);
        entities += raws.length;
        accepted += r.items.length;
      }
      const b = performance.now() - t;
      if (i >= 3) {
        jsonOnly.push(a);
        full.push(b);
      }
    }
    return {
      type: spec.type,
      representation: spec.options ?? 'normalized',
      entities,
      accepted,
      bytes: pages.reduce((s, p) => s + Buffer.byteLength(p), 0),
      jsonParseMs: median(jsonOnly),
      parseValidateNormaliseMs: median(full),
      ratio: median(full) / median(jsonOnly),
    };
  });
}
