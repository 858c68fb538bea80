import { beforeEach, describe, expect, it } from 'vitest';
import { createBroker, type Broker } from '../broker';
import { brokerRequest, shelter } from '../testing';
import { addDuration, parseDuration } from './duration';

const ID = 'urn:ngsi-ld:EvacuationShelter:1';
const WINDOW = 'timerel=between&timeAt=2026-09-01T00:00:00Z&endTimeAt=2026-09-01T04:00:00Z';
let broker: Broker;

beforeEach(() => {
  broker = createBroker();
  // Current state at 04:00 (outside WINDOW's end); the past comes from appendHistory.
  broker.upsert(shelter(1, 'full', 99), '2026-09-01T04:00:00Z');
  broker.upsert(shelter(2, 'open', 1), '2026-08-01T00:00:00Z');
  broker.appendHistory(ID, 'evacueeTotal', [
    { value: 10, observedAt: '2026-09-01T00:00:00Z' },
    { value: 30, observedAt: '2026-09-01T00:40:00Z' },
    { value: 20, observedAt: '2026-09-01T09:20:00+09:00' }, // 00:20Z, out of order on purpose
    { value: 50, observedAt: '2026-09-01T01:10:00Z' },
    { value: 5, observedAt: '2026-09-01T03:00:00Z' },
    { value: 15, observedAt: '2026-09-01T03:59:59Z' },
  ]);
  broker.appendHistory(ID, 'openingStatus', [
    { value: 'open', observedAt: '2026-09-01T00:00:00Z' },
    { value: 'full', observedAt: '2026-09-01T01:10:00Z' },
  ]);
});

const temporal = (params: string, withContext = true) =>
  broker.queryTemporal(
    brokerRequest(`/temporal/entities?type=EvacuationShelter&${params}`, {}, withContext),
  );

describe('GET /temporal/entities', () => {
  it('serves instances in normalized form by default', () => {
    const res = temporal(`attrs=openingStatus&${WINDOW}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        id: ID,
        type: 'EvacuationShelter',
        openingStatus: [
          { type: 'Property', value: 'open', observedAt: '2026-09-01T00:00:00Z' },
          { type: 'Property', value: 'full', observedAt: '2026-09-01T01:10:00Z' },
        ],
      },
    ]);
  });

  it('serves temporalValues, sorted by time, window end excluded', () => {
    const res = temporal(`attrs=evacueeTotal&${WINDOW}&options=temporalValues`);
    expect(res.body).toEqual([
      {
        id: ID,
        type: 'EvacuationShelter',
        evacueeTotal: {
          type: 'Property',
          values: [
            [10, '2026-09-01T00:00:00Z'],
            [20, '2026-09-01T09:20:00+09:00'],
            [30, '2026-09-01T00:40:00Z'],
            [50, '2026-09-01T01:10:00Z'],
            [5, '2026-09-01T03:00:00Z'],
            [15, '2026-09-01T03:59:59Z'],
          ],
        },
      },
    ]);
  });

  it('aggregates sum, avg, min, max and totalCount over PT1H periods, skipping empty ones', () => {
    const res = temporal(
      `attrs=evacueeTotal,openingStatus&${WINDOW}&options=aggregatedValues&aggrMethods=sum,avg,min,max,totalCount&aggrPeriodDuration=PT1H`,
    );
    const h = (n: number) => `2026-09-01T0${n}:00:00.000Z`;
    expect(res.body).toEqual([
      {
        id: ID,
        type: 'EvacuationShelter',
        evacueeTotal: {
          type: 'Property',
          sum: [
            [60, h(0), h(1)],
            [50, h(1), h(2)],
            [20, h(3), h(4)],
          ],
          avg: [
            [20, h(0), h(1)],
            [50, h(1), h(2)],
            [10, h(3), h(4)],
          ],
          min: [
            [10, h(0), h(1)],
            [50, h(1), h(2)],
            [5, h(3), h(4)],
          ],
          max: [
            [30, h(0), h(1)],
            [50, h(1), h(2)],
            [15, h(3), h(4)],
          ],
          totalCount: [
            [3, h(0), h(1)],
            [1, h(1), h(2)],
            [2, h(3), h(4)],
          ],
        },
        // Text values only count; numeric methods have nothing to report.
        openingStatus: {
          type: 'Property',
          sum: [],
          avg: [],
          min: [],
          max: [],
          totalCount: [
            [1, h(0), h(1)],
            [1, h(1), h(2)],
          ],
        },
      },
    ]);
  });

  it('treats a missing aggrPeriodDuration as one period over the window', () => {
    const res = temporal(`attrs=evacueeTotal&${WINDOW}&options=aggregatedValues&aggrMethods=max`);
    expect(res.body).toMatchObject([
      { evacueeTotal: { max: [[50, '2026-09-01T00:00:00.000Z', '2026-09-01T04:00:00.000Z']] } },
    ]);
  });

  it.each([
    ['timerel=before&timeAt=2026-09-01T00:30:00Z', 2],
    ['timerel=after&timeAt=2026-09-01T03:00:00Z', 3],
    ['', 7],
    [`${WINDOW}&lastN=2`, 2],
  ])('selects instances with %s', (window, count) => {
    const res = temporal(`id=${ID}&attrs=evacueeTotal&options=temporalValues&${window}`);
    expect(res.body).toMatchObject([{ evacueeTotal: { values: expect.any(Array) } }]);
    const [row] = res.body as [{ evacueeTotal: { values: unknown[] } }];
    expect(row.evacueeTotal.values).toHaveLength(count);
  });

  it('omits entities with no instances in the window and counts the rest', () => {
    const res = temporal(`${WINDOW}&count=true`);
    expect(res.headers['NGSILD-Results-Count']).toBe('1');
    expect(temporal('timerel=before&timeAt=2020-01-01T00:00:00Z').body).toEqual([]);
  });

  it('answers [] without the @context', () => {
    expect(temporal(WINDOW, false).body).toEqual([]);
  });

  it.each([
    ['timerel=between&timeAt=2026-09-01T00:00:00Z', 'endTimeAt is required'],
    ['timerel=during&timeAt=2026-09-01T00:00:00Z', 'timerel must be'],
    ['timeAt=2026-09-01T00:00:00Z', 'timeAt needs timerel'],
    ['timerel=after&timeAt=yesterday', 'ISO 8601'],
    ['timerel=after&timeAt=2026-09-01T00:00:00', 'with a zone'],
    ['timerel=between&timeAt=2026-09-02T00:00:00Z&endTimeAt=2026-09-01T00:00:00Z', 'later than'],
    ['options=aggregatedValues', 'needs aggrMethods'],
    ['options=aggregatedValues&aggrMethods=median', 'unsupported aggrMethods: median'],
    ['options=aggregatedValues&aggrMethods=max&aggrPeriodDuration=1H', 'aggrPeriodDuration'],
    ['options=aggregatedValues&aggrMethods=max&aggrPeriodDuration=PT0S', 'aggrPeriodDuration'],
    [
      'options=aggregatedValues&aggrMethods=max&aggrPeriodDuration=PT1S&timerel=after&timeAt=2020-01-01T00:00:00Z',
      'more than',
    ],
    ['options=temporalValues,aggregatedValues', 'exclude each other'],
    ['lastN=0', 'lastN'],
  ])('rejects %s', (params, detail) => {
    const res = temporal(params);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      type: 'https://uri.etsi.org/ngsi-ld/errors/BadRequestData',
      detail: expect.stringContaining(detail),
    });
  });

  it('answers 501 when the broker has no temporal API', () => {
    broker.configure({ disableTemporal: true });
    expect(temporal(WINDOW).status).toBe(501);
  });

  it('records history from upserts, once per instant', () => {
    broker.upsert(shelter(3, 'open', 1), '2026-09-01T05:00:00Z');
    broker.upsert(shelter(3, 'open', 1), '2026-09-01T05:00:00Z');
    broker.upsert(
      {
        id: 'urn:ngsi-ld:EvacuationShelter:3',
        type: 'EvacuationShelter',
        evacueeTotal: { type: 'Property', value: 4 },
      },
      '2026-09-01T05:30:00Z',
    );
    const res = temporal(
      'id=urn:ngsi-ld:EvacuationShelter:3&attrs=evacueeTotal,openingStatus&options=temporalValues',
    );
    expect(res.body).toMatchObject([
      {
        evacueeTotal: {
          values: [
            [1, '2026-09-01T05:00:00Z'],
            [4, '2026-09-01T05:30:00Z'],
          ],
        },
        openingStatus: { values: [['open', '2026-09-01T05:00:00Z']] },
      },
    ]);
  });
});

describe('ISO 8601 durations', () => {
  const at = Date.parse('2026-01-31T00:00:00Z');
  it.each([
    ['PT1H', '2026-01-31T01:00:00.000Z'],
    ['PT15M', '2026-01-31T00:15:00.000Z'],
    ['PT0.5S', '2026-01-31T00:00:00.500Z'],
    ['P1D', '2026-02-01T00:00:00.000Z'],
    ['P1W', '2026-02-07T00:00:00.000Z'],
    ['P1DT12H', '2026-02-01T12:00:00.000Z'],
    ['P1M', '2026-02-28T00:00:00.000Z'],
    ['P2M', '2026-03-31T00:00:00.000Z'],
    ['P1Y', '2027-01-31T00:00:00.000Z'],
  ])('%s after 2026-01-31 is %s', (text, expected) => {
    const d = parseDuration(text);
    expect(d).toBeDefined();
    if (d) expect(new Date(addDuration(at, d)).toISOString()).toBe(expected);
  });

  it.each(['', 'P', 'PT', '1H', 'PT1', 'P1H', 'PT0S', 'P0D', 'pt1h', 'P-1D'])(
    'rejects %j',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );
});
