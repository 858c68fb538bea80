/**
 * One store, two dialects: the dashboard's own client reads the mock as NGSI-LD and as NGSI v2
 * (Orion) and must get the same entities, the same counts and the same types — masters,
 * the drill's live feeds, and a tourism day in key-values.
 */
import { describe, expect, it } from 'vitest';
import { runFeed, type FeedQuery } from '../../src/api/worker/run-feed';
import type { FeedName } from '../../src/api/worker/feeds';
import { runTemporal } from '../../src/api/worker/run-temporal';
import { DIALECTS_API as API, drillInBothDialects } from './testing/dialects';

const { ld, v2 } = drillInBothDialects();

describe('the mock answers NGSI v2 from the same store', () => {
  it.each<[FeedName, FeedQuery]>([
    ['EvacuationSite', { pageSize: 1000 }],
    ['DesignatedShelter', { pageSize: 1000 }],
    ['EvacuationShelter', { pageSize: 1000 }],
    ['EvacuationInformation', {}],
    ['DisasterEvent', {}],
    [
      'TourismPresenceObserved',
      { q: 'dateObserved=="2026-08-31"', options: 'keyValues', pageSize: 1000 },
    ],
    [
      'TouristFlowObserved',
      {
        q: 'dateObservedFrom>="2026-08-31T00:00:00+09:00";dateObservedFrom<"2026-09-01T00:00:00+09:00"',
        options: 'keyValues',
        pageSize: 1000,
      },
    ],
  ])('%s: the same entities read either way', async (type, query) => {
    const [a, b] = await Promise.all([runFeed(ld, type, query), runFeed(v2, type, query)]);
    expect(a.items.length).toBeGreaterThan(0);
    expect(b.report).toEqual(a.report);
    expect(b.items).toEqual(a.items);
  });

  it('counts and types agree', async () => {
    for (const type of ['EvacuationSite', 'EvacuationShelter']) {
      const [a, b] = await Promise.all([ld.countEntities({ type }), v2.countEntities({ type })]);
      expect(a).toBeGreaterThan(0);
      expect(b).toBe(a);
    }
    const [a, b] = await Promise.all([ld.getTypeDetails(), v2.getTypeDetails()]);
    expect(b.map((t) => t.name).sort()).toEqual(a.map((t) => t.name).sort());
  });

  it('gives the same system times either way (sysAttrs; Orion’s dateModified by name)', async () => {
    const query = {
      type: 'EvacuationSite',
      attrs: ['localGovernmentCode'],
      sysAttrs: true,
      options: 'keyValues' as const,
      pageSize: 50,
    };
    const [a, b] = await Promise.all([ld.queryEntities(query), v2.queryEntities(query)]);
    expect(a.entities.length).toBeGreaterThan(1000);
    const times = (list: readonly unknown[]) =>
      list.map((e) => (e as { modifiedAt?: unknown }).modifiedAt);
    expect(times(a.entities).every((t) => typeof t === 'string')).toBe(true);
    expect(times(b.entities)).toEqual(times(a.entities));
  });

  it('answers a limit over 1000 as Orion does, and the client steps down to it', async () => {
    const res = await fetch(`${API}/v2/entities?type=EvacuationSite&limit=1001`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: 'BadRequest',
      description: 'Bad pagination limit: /1001/ [max: 1000]',
    });
    const all = await runFeed(v2, 'EvacuationSite', { pageSize: 5000 });
    expect(all.report.accepted).toBeGreaterThan(1000);
  });
});

describe('history from QuantumLeap over the same store', () => {
  const job = (end: number) => ({
    type: 'EvacuationShelter',
    attrs: ['evacueeTotal'],
    timerel: 'between' as const,
    timeAt: new Date(end - 25 * 3_600_000).toISOString(),
    endTimeAt: new Date(end).toISOString(),
    options: 'aggregatedValues' as const,
    aggrMethods: ['max' as const],
    aggrPeriodDuration: 'PT1H',
  });
  it('answers a window without records as QuantumLeap does, and the client reads it as no history yet', async () => {
    const long = Date.parse('2001-01-01T00:00:00Z');
    const res = await fetch(
      `${API}/v2/types/EvacuationShelter/attrs/evacueeTotal?fromDate=2000-01-01T00:00:00Z&toDate=2001-01-01T00:00:00Z`,
    );
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: 'Not Found',
      description: 'No records were found for such query.',
    });
    expect((await runTemporal(v2, job(long))).entities).toEqual([]);
  });
});
