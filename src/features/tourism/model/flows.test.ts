import { describe, expect, it } from 'vitest';
import { aggregateFlows, arrivals, datesIn, stayBreakdown, type FlowAggregate } from './flows';
import { at, byDate, flow, flowDay, range, total } from './test-data';
import { ALL_FILTER, type TourismFilter } from '../../../domain/tourism-days';

const D1 = '2026-08-01';
const D2 = '2026-08-02';
const fromNagasaki = { kind: 'municipality', code: '42201' } as const;
const days = byDate(
  flowDay(D1, [
    flow(D1, 0, 100, { mode: 'road' }),
    flow(D1, 0, 50, { mode: 'rail', stay: 'overnight' }),
    flow(D1, 0, null, { mode: 'road' }),
    flow(D1, 0, 30, { origin: fromNagasaki, destinationCode: '42211', mode: 'ferry' }),
    flow(D1, 0, null, { origin: fromNagasaki, destinationCode: '42210' }),
    flow(D1, 0, 20, { category: 'inbound', mode: 'air', destinationCode: '42202' }),
  ]),
  flowDay(D2, [flow(D2, 0, 10), flow(D2, 12, null, { stay: 'overnight' })]),
);
const f = (patch: Partial<TourismFilter>): TourismFilter => ({ ...ALL_FILTER, ...patch });
const brief = (a: FlowAggregate) =>
  `${a.origin.code}>${a.destination} ${a.count}/${a.suppressed}${a.islandCrossing ? ' island' : ''}${a.seaCrossing ? ' sea' : ''} ${JSON.stringify(a.modes)}`;

describe('datesIn', () => {
  it.each<[string, number, number, string[]]>([
    ['one day', at(D1), at(D2), [D1]],
    ['a partial second day', at(D1, 5), at(D2, 1), [D1, D2]],
    ['empty', at(D1), at(D1), []],
  ])('%s', (_label, fromMs, toMs, expected) => {
    expect(datesIn({ fromMs, toMs })).toEqual(expected);
  });
});

describe('aggregateFlows', () => {
  it.each<[string, ReturnType<typeof range>, Partial<TourismFilter>, string[]]>([
    [
      'both days, all',
      range(D1, '2026-08-03'),
      {},
      [
        '40>42201 160/2 {"road":100,"rail":50}',
        '42201>42211 30/0 island sea {"ferry":30}',
        '40>42202 20/0 {"air":20}',
        '42201>42210 null/1 island {}',
      ],
    ],
    [
      'first day, domestic day trips',
      range(D1, D2),
      { category: 'domestic', stay: 'dayTrip' },
      [
        '40>42201 100/1 {"road":100}',
        '42201>42211 30/0 island sea {"ferry":30}',
        '42201>42210 null/1 island {}',
      ],
    ],
    [
      'by mode',
      range(D1, '2026-08-03'),
      { mode: 'ferry' },
      ['42201>42211 30/0 island sea {"ferry":30}'],
    ],
    [
      'flows start in the range',
      { fromMs: at(D2, 1), toMs: at(D2, 24) },
      {},
      ['40>42201 null/1 {}'],
    ],
    ['no data', range('2026-08-05', '2026-08-06'), {}, []],
  ])('%s', (_label, rng, patch, expected) => {
    expect(aggregateFlows(days, rng, f(patch)).map(brief)).toEqual(expected);
  });
});

describe('sea crossings follow the transport mode, not only the map', () => {
  const pref = (code: string) => ({ kind: 'prefecture', code }) as const;
  const modal = byDate(
    flowDay(D1, [
      // Fukuoka → Goto by air, Nagasaki → Goto by ferry and by air (suppressed)
      flow(D1, 0, 15, { origin: pref('40'), destinationCode: '42211', mode: 'air' }),
      flow(D1, 0, 30, { origin: fromNagasaki, destinationCode: '42211', mode: 'ferry' }),
      flow(D1, 0, null, { origin: fromNagasaki, destinationCode: '42211', mode: 'air' }),
      // Kumamoto → Shimabara on the Ariake ferry: over the sea between two mainland ends
      flow(D1, 0, 12, { origin: pref('43'), destinationCode: '42203', mode: 'ferry' }),
      // To Iki with no mode given: an island crossing, but nobody can say by sea
      flow(D1, 0, 11, { origin: pref('40'), destinationCode: '42210' }),
    ]),
  );
  it('an island flight is an island crossing and no sea crossing; a ferry is one anywhere', () => {
    expect(aggregateFlows(modal, range(D1, D2), ALL_FILTER).map(brief)).toEqual([
      '42201>42211 30/1 island sea {"ferry":30}',
      '40>42211 15/0 island {"air":15}',
      '43>42203 12/0 sea {"ferry":12}',
      '40>42210 11/0 island {}',
    ]);
  });

  it('counts the records of every mode, suppressed ones included', () => {
    const goto = aggregateFlows(modal, range(D1, D2), ALL_FILTER)[0]!;
    expect(goto.modeRecords).toEqual({ ferry: 1, air: 1 });
  });
});

describe('stayBreakdown', () => {
  it('one row per JST day, a day not loaded has no data', () => {
    expect(stayBreakdown(days, range(D1, '2026-08-04'), ALL_FILTER)).toEqual([
      { date: D1, dayTrip: total(150, 2), overnight: total(50) },
      { date: D2, dayTrip: total(10), overnight: total(null, 1) },
      { date: '2026-08-03', dayTrip: total(null), overnight: total(null) },
    ]);
  });
});

describe('arrivals', () => {
  it.each<[string, Partial<TourismFilter>, Record<string, ReturnType<typeof total>>]>([
    [
      'all',
      {},
      { 42201: total(160, 2), 42211: total(30), 42210: total(null, 1), 42209: total(null) },
    ],
    ['inbound', { category: 'inbound' }, { 42201: total(null), 42202: total(20) }],
  ])('%s', (_label, patch, expected) => {
    const out = arrivals(days, range(D1, '2026-08-03'), f(patch));
    expect(out.size).toBe(21);
    for (const [code, t] of Object.entries(expected)) expect(out.get(code)).toEqual(t);
  });
});
