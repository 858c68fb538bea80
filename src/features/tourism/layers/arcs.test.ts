import { describe, expect, it } from 'vitest';
import { MAX_ARCS, toArcs, type ArcInput } from './arcs';
import { RING_DEG, PREFECTURE_CENTRE, ringPoint } from './anchors';

const muni = (code: string) => ({ kind: 'municipality' as const, code });
const pref = (code: string) => ({ kind: 'prefecture' as const, code });
const flow = (o: ArcInput['origin'], d: string, count: number | null, sea = false): ArcInput => ({
  origin: o,
  destination: d,
  count,
  seaCrossing: sea,
});

describe('toArcs', () => {
  it.each<[string, ArcInput[], number]>([
    ['a published flow', [flow(muni('42201'), '42211', 500, true)], 1],
    ['a suppressed flow has no count to draw', [flow(muni('42201'), '42211', null, true)], 0],
    ['a zero flow', [flow(muni('42201'), '42211', 0, true)], 0],
    ['a municipality to itself', [flow(muni('42201'), '42201', 90)], 0],
    ['an unknown prefecture', [flow(pref('99'), '42201', 90)], 0],
    ['from Tokyo', [flow(pref('13'), '42201', 90)], 1],
    ['from somewhere in Nagasaki itself', [flow(pref('42'), '42209', 90, true)], 0],
  ])('%s', (_, flows, n) => {
    expect(toArcs(flows).arcs).toHaveLength(n);
  });

  it('counts published flows it cannot place', () => {
    const { unplaced } = toArcs([
      flow(pref('42'), '42209', 90, true),
      flow(pref('99'), '42201', 15),
      flow(pref('42'), '42209', null, true),
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
});

describe('ringPoint', () => {
  it('keeps nearby offices and pulls far ones onto the ring, in their direction', () => {
    expect(ringPoint([130.3, 33.25])).toEqual([130.3, 33.25]);
    const tokyo = ringPoint([139.69, 35.69]);
    expect(Math.abs(tokyo[1] - PREFECTURE_CENTRE[1])).toBeLessThanOrEqual(RING_DEG);
    expect(tokyo[0]).toBeGreaterThan(PREFECTURE_CENTRE[0]);
    expect(tokyo[1]).toBeGreaterThan(PREFECTURE_CENTRE[1]);
  });
});
