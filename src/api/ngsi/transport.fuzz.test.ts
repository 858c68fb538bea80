/**
 * Property tests of what the client reads off the wire besides entities: response bodies and
 * headers, ProblemDetails, Link and Retry-After headers, /types, temporal entities, and the
 * runtime config. None may throw on any input. Fixed seeds: a CI failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostile } from '../testing/arbitraries';
import { interpret, type Received } from './interpret';
import { findNextLink, nextRequest } from './link-header';
import { parseProblemDetails } from './problem-details';
import { parseRetryAfter } from './retry';
import { parseTypeDetails, parseTypeNames } from './types-list';
import { flattenTemporalEntity } from './representation/temporal';
import { parseConfig } from '../../config/load';

const RUNS = { numRuns: 400, seed: 4212 };
const BASE = new URL('https://broker.example/ngsi-ld/v1');
const headerText = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<https://broker.example/ngsi-ld/v1/entities?offset=20>; rel="next"',
    '<>; rel=next',
    '<javascript:alert(1)>; rel="next"',
    '<//evil.example/x>; rel="next"',
    '<https://evil.example/ngsi-ld/v1/entities>; rel="next"',
    '<../../../admin>; rel="next"',
    'Wed, 21 Oct 2015 07:28:00 GMT',
    '-5',
    '1e309',
  ),
);

describe('transport parsers on anything at all', () => {
  it('interpret: any status, headers and body give a response or a typed error, never a throw', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 599 }),
        fc.oneof(
          fc.string(),
          hostile.map((v) => JSON.stringify(v) ?? ''),
          fc.constantFrom('{"a":', '<html>502</html>', ''),
        ),
        fc.dictionary(
          fc.constantFrom('link', 'ngsild-results-count', 'retry-after', 'content-type'),
          headerText,
        ),
        (status, text, headers) => {
          const received: Received = {
            status,
            statusText: '',
            headers: { get: (n) => headers[n.toLowerCase()] ?? null },
            text,
            url: `${BASE.href}/entities?type=X`,
            target: '/entities?type=X',
          };
          const out = interpret(received, BASE);
          expect(out).toBeDefined();
          if (out instanceof Error) expect(out.message.length).toBeGreaterThan(0);
        },
      ),
      RUNS,
    );
  });

  it('a next link never leaves the broker (other origins are refused)', () => {
    fc.assert(
      fc.property(headerText, (header) => {
        const link = findNextLink(header);
        if (link === undefined) return;
        const next = nextRequest(link, `${BASE.href}/entities`, BASE);
        if (!next) return;
        // Whatever the link said, the request it becomes is a path below the configured base.
        const url = new URL(`${BASE.href}${next.path}`);
        expect(url.origin).toBe(BASE.origin);
        expect(url.pathname.startsWith(`${BASE.pathname}/`)).toBe(true);
      }),
      RUNS,
    );
  });

  it.each<[string, (v: unknown) => unknown]>([
    ['parseProblemDetails', parseProblemDetails],
    ['parseTypeNames', parseTypeNames],
    ['parseTypeDetails', parseTypeDetails],
    ['flattenTemporalEntity', flattenTemporalEntity],
    ['parseConfig', (v) => parseConfig(v)],
  ])('%s never throws', (_name, parse) => {
    fc.assert(
      fc.property(hostile, (v) => {
        parse(v);
      }),
      RUNS,
    );
  });

  it('parseRetryAfter is a non-negative number of ms or undefined', () => {
    fc.assert(
      fc.property(fc.oneof(headerText, fc.constant(null)), fc.integer(), (header, now) => {
        const ms = parseRetryAfter(header, now);
        if (ms !== undefined) expect(Number.isFinite(ms) && ms >= 0).toBe(true);
      }),
      RUNS,
    );
  });

  it('parseConfig names the wrong field of any broken config', () => {
    fc.assert(
      fc.property(hostile, (v) => {
        const r = parseConfig(v);
        if (!r.ok) {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const issue of r.issues) expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });
});

describe('temporal series', () => {
  const values = fc.array(
    fc.tuple(
      fc.oneof(fc.nat(), hostile),
      fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.string(),
      ),
    ),
    { maxLength: 30 },
  );
  it('well-formed values come back as they were; malformed ones never throw', () => {
    fc.assert(
      fc.property(values, (pairs) => {
        const raw = {
          id: 'urn:ngsi-ld:EvacuationShelter:x',
          type: 'EvacuationShelter',
          evacueeTotal: { type: 'Property', values: pairs },
        };
        const r = flattenTemporalEntity(raw);
        const good = pairs.every(([v, t]) => typeof v === 'number' && !Number.isNaN(Date.parse(t)));
        if (good && pairs.length > 0 && r.ok) {
          const series = r.entity.series['evacueeTotal'];
          expect(series?.values?.map(([v]) => v)).toEqual(pairs.map(([v]) => v));
        }
      }),
      RUNS,
    );
  });
});
