/**
 * The fault matrix on the NGSI v2 face of the mock, through the dashboard's own client: each
 * fault becomes the typed error the query layer branches on, and a hidden count header
 * still reads every entity (paging until a short page).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNgsiClient } from '../../src/api/ngsi/client';
import { runFeed } from '../../src/api/worker/run-feed';
import { FAULTS, type FaultSpec } from '../broker';
import { createDefaultBroker } from '../fixtures/load';
import { createMockServer, LISTEN_OPTIONS } from '../node';

const broker = createDefaultBroker({ tourism: false });
const { server } = createMockServer(broker);
beforeAll(() => server.listen(LISTEN_OPTIONS));
afterEach(() => {
  broker.clearFaults();
  broker.configure({ omitCountHeader: false });
});
afterAll(() => server.close());

const client = createNgsiClient({
  apiBaseUrl: 'https://orion.example/gw',
  contextUrl: '',
  dialect: 'ngsi-v2',
  timeoutMs: 300,
});
const read = () => runFeed(client, 'EvacuationSite', { pageSize: 1000 });

describe('faults on NGSI v2', () => {
  it.each<[string, FaultSpec, Record<string, unknown>]>([
    [
      '500 from Orion',
      FAULTS.v2InternalError500(),
      { kind: 'problem', status: 500, ngsiError: 'InternalError', title: 'injected fault' },
    ],
    ['401 from the gateway', FAULTS.unauthorized401(), { status: 401 }],
    ['429 with Retry-After', FAULTS.tooManyRequests429(7), { status: 429, retryAfterMs: 7000 }],
    ['502 HTML page from the gateway', FAULTS.html502(), { kind: 'http', status: 502 }],
    ['an answer slower than the timeout', FAULTS.timeout(2_000), { kind: 'timeout' }],
    ['malformed JSON', FAULTS.notJson200(), { kind: 'invalid-response', reason: 'not-json' }],
    ['JSON cut short', FAULTS.truncatedJson(), { kind: 'invalid-response', reason: 'truncated' }],
  ])('%s: a typed error', async (_what, fault, expected) => {
    broker.setFault({ ...fault, pathIncludes: '/v2/' });
    const error: unknown = await read().catch((e: unknown) => e);
    expect(error).toMatchObject(expected);
  });

  it('without a count header, reads every entity all the same', async () => {
    const counted = await read();
    broker.configure({ omitCountHeader: true });
    const res = await fetch(
      'https://orion.example/gw/v2/entities?type=EvacuationSite&options=count',
    );
    expect(res.headers.get('fiware-total-count')).toBeNull();
    const uncounted = await read();
    expect(uncounted.items).toEqual(counted.items);
    expect(uncounted.report.accepted).toBeGreaterThan(1000);
  });
});
