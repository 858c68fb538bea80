/**
 * The connection check against the mock in both dialects (MSW), and against the faults a
 * deployer meets: a hidden count header, entities without attributes, no history service,
 * an unreachable host. Expected facts are the mock store's own counts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { createNgsiClient } from '../../../api/ngsi/client';
import type { NgsiSettings } from '../../../api/ngsi/settings';
import { NGSI_LD_ANSWERS } from '../../../api/ngsi/interpret';
import { V2_ANSWERS } from '../../../api/v2/dialect';
import { DEFAULT_CONTEXT_URL } from '../../../../mocks/broker';
import { createDefaultBroker } from '../../../../mocks/fixtures/load';
import { createMockServer, LISTEN_OPTIONS } from '../../../../mocks/node';
import { CHECKED_TYPES, recording, runCheck, type CheckStep, type Exchange } from './run-check';

const API = 'https://platform.example/gw';
const broker = createDefaultBroker({ tourism: false });
const { server } = createMockServer(broker);
beforeAll(() => server.listen(LISTEN_OPTIONS));
afterEach(() => {
  server.resetHandlers();
  broker.configure({ omitCountHeader: false });
});
afterAll(() => server.close());

const COUNT_HEADER = {
  'ngsi-ld': NGSI_LD_ANSWERS.countHeader,
  'ngsi-v2': V2_ANSWERS.countHeader,
};

async function check(dialect: 'ngsi-ld' | 'ngsi-v2', apiBaseUrl = API) {
  const log: Exchange[] = [];
  const settings: NgsiSettings = {
    apiBaseUrl,
    contextUrl: dialect === 'ngsi-ld' ? DEFAULT_CONTEXT_URL : '',
    dialect,
    timeoutMs: 2_000,
    fetch: recording(COUNT_HEADER[dialect], log)((i, init) => fetch(i, init)),
  };
  return runCheck({ client: createNgsiClient(settings), log, tenant: undefined, now: Date.now() });
}

/** The store's own count of a type (default tenant). */
const stored = (type: string) =>
  [...(broker.snapshot().get('')?.values() ?? [])].filter((s) => s.entity.type === type).length;
const facts = (steps: CheckStep[], id: string) => steps.filter((s) => s.fact.id === id);

describe.each(['ngsi-ld', 'ngsi-v2'] as const)('the connection check on %s', (dialect) => {
  it('counts every type as the store holds it, reads the headers, finds the page cap', async () => {
    const steps = await check(dialect);
    for (const s of facts(steps, 'count')) {
      const fact = s.fact as { type: string; count: number };
      expect(fact.count).toBe(stored(fact.type));
      expect(s.exchanges.map((e) => e.count)).toEqual(['read']);
    }
    expect(facts(steps, 'count').map((s) => (s.fact as { type: string }).type)).toEqual([
      ...CHECKED_TYPES,
    ]);
    expect(facts(steps, 'page-cap')[0]?.fact).toMatchObject({ cap: 1000 });
    expect(facts(steps, 'representation').map((s) => s.outcome)).toEqual(['ok', 'ok']);
    const tenant = facts(steps, 'tenant')[0]!;
    expect(tenant.outcome).toBe('ok');
    expect(steps.filter((s) => s.outcome === 'fail')).toEqual([]);
    // Every exchange as the browser saw it: a URL under the API, a status, a time.
    for (const e of steps.flatMap((s) => s.exchanges)) {
      expect(e.url.startsWith(API)).toBe(true);
      expect(typeof e.status).toBe('number');
      expect(e.ms).toBeGreaterThanOrEqual(0);
    }
  });

  it('a hidden count header: every count "not readable", a note, no failure', async () => {
    broker.configure({ omitCountHeader: true });
    const steps = await check(dialect);
    const counts = facts(steps, 'count');
    expect(counts.every((s) => s.outcome === 'warn')).toBe(true);
    expect(counts.flatMap((s) => s.exchanges.map((e) => e.count))).not.toContain('read');
    expect(facts(steps, 'tenant')[0]?.outcome).toBe('warn');
  });
});

describe('the connection check meets what deployers meet', () => {
  it('a history service that is not there: a note, not a failure', async () => {
    server.use(
      http.get(`${API}/ngsi-ld/v1/temporal/entities`, () =>
        HttpResponse.text('Not Found', { status: 404 }),
      ),
    );
    const steps = await check('ngsi-ld');
    expect(facts(steps, 'temporal')[0]).toMatchObject({
      outcome: 'warn',
      fact: { available: false, status: 404 },
    });
  });

  it('key-values answered without attributes: the representation flagged', async () => {
    server.use(
      http.get(`${API}/ngsi-ld/v1/entities`, ({ request }) =>
        new URL(request.url).searchParams.get('options') === 'keyValues'
          ? HttpResponse.json([{ id: 'urn:x:1', type: 'EvacuationShelter' }])
          : undefined,
      ),
    );
    const steps = await check('ngsi-ld');
    const kv = facts(steps, 'representation').find(
      (s) => (s.fact as { options: string }).options === 'keyValues',
    );
    expect(kv).toMatchObject({ outcome: 'warn', fact: { withAttributes: false } });
  });

  it('an unfiltered count refused (403 TooManyResults): a note naming the status, not a failure', async () => {
    server.use(
      http.get(`${API}/ngsi-ld/v1/entities`, ({ request }) =>
        new URL(request.url).searchParams.get('type') === 'DisasterEvent'
          ? HttpResponse.json(
              {
                type: 'https://uri.etsi.org/ngsi-ld/errors/TooManyResults',
                title: 'Too many results',
                status: 403,
              },
              { status: 403 },
            )
          : undefined,
      ),
    );
    const steps = await check('ngsi-ld');
    const refused = facts(steps, 'count').find(
      (s) => (s.fact as { type: string }).type === 'DisasterEvent',
    );
    expect(refused).toMatchObject({ outcome: 'warn', fact: { refused: 403 } });
  });

  it('an unreachable host: every step failed with its error, the exchanges say so', async () => {
    server.use(http.get('https://nowhere.example/*', () => HttpResponse.error()));
    const steps = await check('ngsi-ld', 'https://nowhere.example');
    const failed = steps.filter((s) => s.outcome === 'fail');
    expect(failed.length).toBeGreaterThanOrEqual(CHECKED_TYPES.length + 1);
    expect(failed.every((s) => s.error !== undefined)).toBe(true);
    expect(steps[0]!.exchanges.map((e) => e.status)).toContain('network');
  });
});
