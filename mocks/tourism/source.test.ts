import { describe, expect, it } from 'vitest';
import { createBroker, type Broker } from '../broker';
import { asList, brokerRequest } from '../broker/testing';
import { createDefaultBroker } from '../fixtures/load';
import { flowsOfDay, presenceOfDay } from './day';
import { createTourismSource } from './source';
import { rejection } from './testing';

// 2025-08-10 12:00 JST: the feed has data from 2024-01-01 through 2025-08-09, and 08-10 until noon.
const NOW = Date.parse('2025-08-10T12:00:00+09:00');
const PRESENCE = 'type=TourismPresenceObserved';
const FLOWS = 'type=TouristFlowObserved';

function setup(now = NOW): { broker: Broker; generated: string[] } {
  const generated: string[] = [];
  const broker = createBroker();
  broker.addSource(
    createTourismSource({
      now: () => now,
      onGenerate: (type, date) => generated.push(`${type}:${date}`),
    }),
  );
  return { broker, generated };
}

const get = (broker: Broker, query: string, headers: Record<string, string> = {}) =>
  broker.queryEntities(brokerRequest(`/entities?${query}`, headers));

/** Pages like the client: limit 1000 until offset reaches the count. */
function pageAll(broker: Broker, query: string) {
  const ids: string[] = [];
  const counts = new Set<string | undefined>();
  let pages = 0;
  for (let offset = 0; pages === 0 || offset < Number([...counts][0]); offset += 1000) {
    const res = get(broker, `${query}&limit=1000&offset=${offset}&count=true`);
    expect(res.status).toBe(200);
    counts.add(res.headers['NGSILD-Results-Count']);
    ids.push(...asList(res.body).map((e) => String(e.id)));
    pages += 1;
  }
  return { ids, counts: [...counts], pages };
}

describe('the tourism source behind the broker', () => {
  it.each([
    [
      'one day of presence',
      `${PRESENCE}&q=dateObserved=="2025-08-01"`,
      ['2025-08-01'],
      presenceOfDay,
    ],
    [
      'two days of presence as a range',
      `${PRESENCE}&q=dateObserved>="2025-08-01";dateObserved<"2025-08-03"`,
      ['2025-08-01', '2025-08-02'],
      presenceOfDay,
    ],
    [
      'a day of flows by JST instants',
      `${FLOWS}&q=dateObservedFrom>="2025-08-02T00:00:00%2B09:00";dateObservedFrom<"2025-08-03T00:00:00%2B09:00"`,
      ['2025-08-02'],
      flowsOfDay,
    ],
  ])('%s: every entity exactly once, with the right count', (_name, query, dates, generate) => {
    const { broker, generated } = setup();
    const expected = dates.flatMap((d) => generate(d).map((e) => e.id));
    const { ids, counts, pages } = pageAll(broker, query);
    expect(counts).toEqual([String(expected.length)]);
    expect(ids).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 1000));
    // Six or so pages, and each day generated once.
    expect(generated).toHaveLength(dates.length);
  });

  it('filters and represents generated entities like stored ones', () => {
    const { broker } = setup();
    const q = 'q=dateObserved=="2025-08-01";locationCode=="42201";hour==12;nationality=="KR"';
    const res = get(broker, `${PRESENCE}&${q}&options=keyValues`);
    const [entity] = asList(res.body);
    expect(entity).toMatchObject({
      id: 'urn:ngsi-ld:TourismPresenceObserved:42201:2025-08-01:12:KR',
      locationCode: '42201',
      hour: 12,
      visitorCount: expect.any(Number),
    });
    expect(rejection(entity)).toBeUndefined();
    const concise = asList(get(broker, `${PRESENCE}&${q}&options=concise&attrs=visitorCount`).body);
    expect(Object.keys(concise[0] ?? {}).sort()).toEqual(['id', 'type', 'visitorCount']);
  });

  it.each([
    ['no q at all', PRESENCE, /bound the date/],
    ['no date in q', `${PRESENCE}&q=locationCode=="42201"`, /bound the date/],
    ['an open range', `${PRESENCE}&q=dateObserved>="2025-01-01"`, /bound the date/],
    ['flows without dates', `${FLOWS}&q=destinationCode=="42201"`, /dateObservedFrom/],
    ['93 days', `${PRESENCE}&q=dateObserved=="2025-01-01".."2025-04-03"`, /93 days/],
    [
      'mixed with a stored type',
      `type=EvacuationShelter,TourismPresenceObserved&q=dateObserved>"2025-01-01"`,
      /bound the date/,
    ],
  ])('%s → 403 TooManyResults', (_name, query, detail) => {
    const { broker, generated } = setup();
    const res = get(broker, query);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({
      type: 'https://uri.etsi.org/ngsi-ld/errors/TooManyResults',
      status: 403,
      detail: expect.stringMatching(detail),
    });
    expect(generated).toEqual([]);
  });

  it('answers 92 days (the most one query may span), inside the window only', () => {
    const { broker, generated } = setup();
    const res = get(
      broker,
      `${PRESENCE}&q=dateObserved=="2025-06-01".."2025-08-31"&limit=0&count=true`,
    );
    expect(res.status).toBe(200);
    expect(generated).toHaveLength(71); // 2025-06-01 … 2025-08-10 (today so far)
  });

  it.each([
    ['yesterday (JST)', '2025-08-09', NOW, true],
    ['today, hours over by noon', '2025-08-10', NOW, true],
    [
      'today before the first hour is over',
      '2025-08-10',
      Date.parse('2025-08-10T00:59:00+09:00'),
      false,
    ],
    ['tomorrow', '2025-08-11', NOW, false],
    ['before the feed starts', '2023-12-31', NOW, false],
    ['the first day', '2024-01-01', NOW, true],
    // 23:30 UTC on the 9th is 08:30 JST on the 10th: the 9th is complete in Japan.
    ['yesterday in JST at 23:30 UTC', '2025-08-09', Date.parse('2025-08-09T23:30:00Z'), true],
    [
      'today in JST at 23:30 UTC (08:30: hours 0–7)',
      '2025-08-10',
      Date.parse('2025-08-09T23:30:00Z'),
      true,
    ],
  ])('%s (%s): data %s', (_name, date, now, hasData) => {
    const { broker } = setup(now);
    const res = get(broker, `${PRESENCE}&q=dateObserved=="${date}"&count=true&limit=1`);
    expect(res.status).toBe(200);
    expect(Number(res.headers['NGSILD-Results-Count']) > 0).toBe(hasData);
  });

  it('keeps only a bounded number of days', () => {
    const generated: string[] = [];
    const broker = createBroker();
    broker.addSource(
      createTourismSource({
        now: () => NOW,
        cacheDays: 2,
        onGenerate: (_t, d) => generated.push(d),
      }),
    );
    for (const date of ['2025-07-01', '2025-07-02', '2025-07-01', '2025-07-03', '2025-07-02'])
      get(broker, `${PRESENCE}&q=dateObserved=="${date}"&limit=1`);
    expect(generated).toEqual(['2025-07-01', '2025-07-02', '2025-07-03', '2025-07-02']);
  });
});

describe('the default broker', () => {
  const now = () => NOW;

  it('serves the tourism types next to the fixtures, and keeps them after restore', () => {
    const broker = createDefaultBroker({ tourismNow: now });
    expect(broker.listTypes(brokerRequest('/types')).body).toMatchObject({
      typeList: [
        'DesignatedShelter',
        'EvacuationSite',
        'PlatformService',
        'TourismPresenceObserved',
        'TouristFlowObserved',
        'TransportServiceStatus',
      ],
    });
    const snapshot = broker.snapshot();
    broker.clear();
    broker.restore(snapshot);
    const res = get(
      broker,
      `${FLOWS}&q=dateObservedFrom=="2025-08-01T00:00:00%2B09:00"&limit=1&count=true`,
    );
    expect(Number(res.headers['NGSILD-Results-Count'])).toBeGreaterThan(300);
  });

  it('can leave the feed out', () => {
    const broker = createDefaultBroker({ tourism: false });
    const res = get(broker, `${PRESENCE}&q=dateObserved=="2025-08-01"`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
  });

  it('serves the feed in the default tenant only', () => {
    const broker = createDefaultBroker({ tourismNow: now, tenant: 'nagasaki' });
    const res = get(broker, `${PRESENCE}&q=dateObserved=="2025-08-01"`, {
      'NGSILD-Tenant': 'nagasaki',
    });
    expect(res.body).toEqual([]);
  });
});
