import { describe, expect, it } from 'vitest';
import { MAX_ARCS, splitByKind, toArcs, type ArcInput } from './arcs';

const muni = (code: string) => ({ kind: 'municipality' as const, code });
const pref = (code: string) => ({ kind: 'prefecture' as const, code });
const flow = (
  o: ArcInput['origin'],
  d: string,
  count: number | null,
  modes: ArcInput['modes'] = {},
): ArcInput => ({ origin: o, destination: d, count, modes });

describe('toArcs', () => {
  it.each<[string, ArcInput[], number]>([
    ['a published flow', [flow(muni('42201'), '42211', 500, { ferry: 500 })], 1],
    ['a suppressed flow has no count to draw', [flow(muni('42201'), '42211', null)], 0],
    ['a zero flow', [flow(muni('42201'), '42211', 0)], 0],
    ['a municipality to itself', [flow(muni('42201'), '42201', 90)], 0],
    ['an unknown prefecture', [flow(pref('99'), '42201', 90)], 0],
    ['from Tokyo', [flow(pref('13'), '42201', 90, { air: 90 })], 1],
    ['from somewhere in Nagasaki itself', [flow(pref('42'), '42209', 90)], 0],
    ['by ferry and by air: two arcs', [flow(pref('40'), '42209', 90, { ferry: 60, air: 30 })], 2],
  ])('%s', (_, flows, n) => {
    expect(toArcs(flows).arcs).toHaveLength(n);
  });

  it('counts published flows it cannot place', () => {
    const { unplaced } = toArcs([
      flow(pref('42'), '42209', 90),
      flow(pref('99'), '42201', 15),
      flow(pref('42'), '42209', null),
    ]);
    expect(unplaced).toBe(2);
  });

  it('keeps the biggest, draws them last, and says how many it left out', () => {
    const flows = Array.from({ length: MAX_ARCS + 5 }, (_, i) =>
      flow(muni('42201'), i % 2 ? '42202' : '42203', i + 10),
    ).map((f, i) => ({ ...f, origin: muni(i % 3 ? '42204' : '42205') }));
    const { arcs, max, hidden } = toArcs(flows);
    expect(arcs).toHaveLength(MAX_ARCS);
    expect(hidden).toBe(5);
    expect(max).toBe(MAX_ARCS + 14);
    expect(arcs.at(-1)!.count).toBe(max);
    expect(arcs[0]!.count).toBe(15);
  });

  it('starts every flow from one prefecture at the same anchor, others elsewhere', () => {
    const { arcs } = toArcs([
      flow(pref('13'), '42201', 90, { air: 90 }),
      flow(pref('13'), '42202', 40, { rail: 40 }),
      flow(pref('27'), '42201', 50, { air: 50 }),
      flow(pref('23'), '42201', 30, { air: 30 }),
      flow(pref('14'), '42201', 20, { air: 20 }),
    ]);
    const at = (code: string) =>
      new Set(arcs.filter((a) => a.origin.code === code).map((a) => a.source.join()));
    expect(at('13').size).toBe(1);
    const all = ['13', '27', '23', '14'].map((c) => [...at(c)][0]);
    expect(new Set(all).size).toBe(4);
  });
});

describe('splitByKind', () => {
  it.each<[string, ArcInput, Array<[string, number]>]>([
    ['a ferry', flow(muni('42201'), '42211', 30, { ferry: 30 }), [['sea', 30]]],
    ['a flight is not a sea crossing', flow(pref('40'), '42211', 15, { air: 15 }), [['air', 15]]],
    [
      'road and rail are both over land',
      flow(pref('40'), '42201', 9, { road: 5, rail: 4 }),
      [['land', 9]],
    ],
    [
      'ferry, air and records with no mode',
      flow(pref('40'), '42209', 100, { ferry: 60, air: 25 }),
      [
        ['sea', 60],
        ['air', 25],
        ['unknown', 15],
      ],
    ],
    ['no mode at all', flow(pref('40'), '42210', 11), [['unknown', 11]]],
    ['suppressed', flow(pref('40'), '42210', null, { ferry: 3 }), []],
  ])('%s', (_label, f, expected) => {
    expect(splitByKind(f)).toEqual(expected);
  });
});
