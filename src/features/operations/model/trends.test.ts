import { describe, expect, it } from 'vitest';
import type {
  TemporalEntity,
  TemporalSeries,
} from '../../../api/ngsi/representation/temporal-types';
import {
  appendPoll,
  hourWindow,
  HOUR_MS,
  seriesFromHistory,
  seriesFromTemporal,
  type PollSample,
} from './trends';
import { overlay } from './test-data';

const H0 = Date.parse('2026-09-01T00:00:00Z');
const NOW = H0 + 23 * HOUR_MS + 20 * 60_000; // 23:20 UTC: window 00:00 … 23:00
const iso = (t: number) => new Date(t).toISOString();
const at = (hour: number, minute = 0) => H0 + hour * HOUR_MS + minute * 60_000;

describe('hourWindow', () => {
  it.each<[string, number, number, number]>([
    ['mid-hour', NOW, H0, at(23)],
    ['exactly on the hour: that hour is the last', at(23), H0, at(23)],
    ['one ms before the hour', at(23) - 1, at(-1), at(22)],
  ])('%s', (_label, now, first, last) => {
    const hours = hourWindow(now);
    expect(hours).toHaveLength(24);
    expect(hours[0]).toBe(first);
    expect(hours[23]).toBe(last);
  });
});

const maxSeries = (triples: Array<[unknown, number]>): TemporalSeries => ({
  kind: 'Property',
  aggregates: { max: triples.map(([v, t]) => [v, iso(t), iso(t + HOUR_MS)]) },
});
const entity = (id: string, series: TemporalSeries, attr = 'evacueeTotal'): TemporalEntity => ({
  id,
  type: 'EvacuationShelter',
  types: ['EvacuationShelter'],
  series: { [attr]: series },
  droppedAttrs: [],
});
const overlays = [
  overlay('urn:a', { municipalityCode: '42201' }),
  overlay('urn:b', { municipalityCode: '42201' }),
  overlay('urn:c', { municipalityCode: '42209' }),
];
/** Hour index → value, for the non-null entries of one municipality. */
const span = (from: number, to: number, value: number): Record<number, number> =>
  Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [from + i, value]));
const nonNull = (row: ReadonlyArray<number | null> | undefined) =>
  Object.fromEntries((row ?? []).flatMap((v, i) => (v === null ? [] : [[i, v]])));

describe('seriesFromTemporal', () => {
  it.each<[string, TemporalEntity[], Record<number, number>, Record<number, number>]>([
    ['no entities', [], {}, {}],
    [
      'sum per municipality per hour',
      [
        entity(
          'urn:a',
          maxSeries([
            [10, at(20)],
            [12, at(21)],
          ]),
        ),
        entity('urn:b', maxSeries([[5, at(21)]])),
        entity('urn:c', maxSeries([[7, at(22)]])),
      ],
      { 20: 10, 21: 17, 22: 17, 23: 17 },
      { 22: 7, 23: 7 },
    ],
    [
      'an hour without a bucket carries the last value forward',
      [
        entity(
          'urn:a',
          maxSeries([
            [10, at(1)],
            [4, at(5)],
          ]),
        ),
      ],
      { ...span(1, 4, 10), ...span(5, 23, 4) },
      {},
    ],
    [
      'a bucket before the window seeds the first hour',
      [
        entity(
          'urn:a',
          maxSeries([
            [8, at(-3)],
            [2, at(3)],
          ]),
        ),
      ],
      { ...span(0, 2, 8), ...span(3, 23, 2) },
      {},
    ],
    [
      'buckets after now are outside the window',
      [entity('urn:a', maxSeries([[9, at(24)]]))],
      {},
      {},
    ],
    [
      'non-numbers, negatives and null (suppressed) are skipped',
      [
        entity(
          'urn:a',
          maxSeries([
            [null, at(0)],
            [-1, at(1)],
            ['5', at(2)],
            [3, at(3)],
          ]),
        ),
      ],
      span(3, 23, 3),
      {},
    ],
    [
      'entity not among the current overlays is ignored',
      [entity('urn:zzz', maxSeries([[50, at(3)]]))],
      {},
      {},
    ],
    [
      'other attributes are ignored',
      [entity('urn:a', maxSeries([[50, at(3)]]), 'evacueeHouseholds')],
      {},
      {},
    ],
    [
      'temporalValues fallback: max within the hour',
      [
        entity('urn:a', {
          kind: 'Property',
          values: [
            [4, iso(at(2, 10))],
            [9, iso(at(2, 40))],
            [6, iso(at(2, 59))],
            [1, iso(at(3))],
          ],
        }),
      ],
      { 2: 9, ...span(3, 23, 1) },
      {},
    ],
    [
      'normalized instances fallback',
      [
        entity('urn:a', {
          kind: 'Property',
          instances: [{ value: 3, observedAt: iso(at(22, 30)) }],
        }),
      ],
      { 22: 3, 23: 3 },
      {},
    ],
  ])('%s', (_label, entities, nagasaki, tsushima) => {
    const s = seriesFromTemporal(entities, overlays, NOW);
    expect(s.hours).toEqual(hourWindow(NOW));
    expect(Object.keys(s.byMunicipality)).toHaveLength(21);
    expect(nonNull(s.byMunicipality['42201'])).toEqual(nagasaki);
    expect(nonNull(s.byMunicipality['42209'])).toEqual(tsushima);
  });
});

const sample = (t: number, byMunicipality: Record<string, number>): PollSample => ({
  at: t,
  byMunicipality,
});

describe('appendPoll', () => {
  const limits = { windowMs: 24 * HOUR_MS, maxPoints: 3 };
  it.each<[string, PollSample[], PollSample, number[]]>([
    ['first sample', [], sample(at(1), {}), [at(1)]],
    ['appends in order', [sample(at(1), {})], sample(at(2), {}), [at(1), at(2)]],
    [
      'same instant folds into one',
      [sample(at(1), { '42201': 1 })],
      sample(at(1), { '42201': 2 }),
      [at(1)],
    ],
    [
      'later in the same hour folds into one, at the newest time',
      [sample(at(1), {}), sample(at(2, 5), {})],
      sample(at(2, 40), {}),
      [at(1), at(2, 40)],
    ],
    ['older than the newest: ignored', [sample(at(2), {})], sample(at(1), {}), [at(2)]],
    [
      'drops samples 24 h old or more',
      [sample(at(0), {}), sample(at(0, 1), {})],
      sample(at(24), {}),
      [at(0, 1), at(24)],
    ],
    [
      'keeps at most maxPoints',
      [sample(at(1), {}), sample(at(2), {}), sample(at(3), {})],
      sample(at(4), {}),
      [at(2), at(3), at(4)],
    ],
    ['NaN time: ignored', [sample(at(1), {})], sample(Number.NaN, {}), [at(1)]],
  ])('%s', (_label, history, next, expected) => {
    const before = JSON.stringify(history);
    const out = appendPoll(history, next, limits);
    expect(out.map((s) => s.at)).toEqual(expected);
    expect(JSON.stringify(history)).toBe(before);
  });

  it('a folded hour holds each municipality at its highest poll', () => {
    const out = appendPoll(
      [sample(at(1, 10), { '42201': 5, '42209': 9 })],
      sample(at(1, 50), { '42201': 7, '42209': 3, '42211': 1 }),
      limits,
    );
    expect(out).toEqual([sample(at(1, 50), { '42201': 7, '42209': 9, '42211': 1 })]);
  });

  it('stays at one sample an hour under 1-second polls for a day', () => {
    let h: PollSample[] = [];
    for (let t = at(0); t < at(24); t += 1000) h = appendPoll(h, sample(t, { '42201': 1 }));
    expect(h.length).toBeLessThanOrEqual(26);
    expect(seriesFromHistory(h, at(23, 59)).byMunicipality['42201']).toEqual(
      Array.from({ length: 24 }, () => 1),
    );
  });
});

describe('seriesFromHistory', () => {
  it.each<[string, PollSample[], Record<number, number>]>([
    ['empty history', [], {}],
    [
      'max within each hour; gaps stay null',
      [
        sample(at(3, 0), { '42201': 5 }),
        sample(at(3, 30), { '42201': 9 }),
        sample(at(3, 59), { '42201': 7 }),
        sample(at(6), { '42201': 2 }),
      ],
      { 3: 9, 6: 2 },
    ],
    [
      'bucket edges: 59:59.999 is the old hour, 00:00 the new one',
      [sample(at(4) - 1, { '42201': 1 }), sample(at(4), { '42201': 8 })],
      { 3: 1, 4: 8 },
    ],
    [
      'before the window or after now: left out',
      [
        sample(at(-1), { '42201': 4 }),
        sample(at(24), { '42201': 6 }),
        sample(at(0), { '42201': 3 }),
      ],
      { 0: 3 },
    ],
    ['a quiet poll is a real zero', [sample(at(10), { '42201': 0 })], { 10: 0 }],
    [
      'unknown municipality codes and non-counts ignored',
      [sample(at(2), { '99999': 4, '42201': Number.NaN })],
      {},
    ],
  ])('%s', (_label, history, nagasaki) => {
    const s = seriesFromHistory(history, NOW);
    expect(s.hours).toEqual(hourWindow(NOW));
    expect(Object.keys(s.byMunicipality)).toHaveLength(21);
    expect(nonNull(s.byMunicipality['42201'])).toEqual(nagasaki);
  });

  it('same shape as the temporal series', () => {
    const a = seriesFromHistory([], NOW);
    const b = seriesFromTemporal([], [], NOW);
    expect(a).toEqual(b);
  });
});
