import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, projector, type LabelCandidate } from './label-placement';

const identity = (p: readonly [number, number]): [number, number] => [p[0], p[1]];
const opts = {
  project: identity,
  measure: (s: string) => s.length * 10,
  fontPx: 10,
  padding: 2,
  size: { width: 500, height: 500 },
};
const c = (id: string, x: number, y: number, priority = 0, text = 'abcd'): LabelCandidate => ({
  id,
  text,
  position: [x, y],
  priority,
});

describe('placeLabels', () => {
  it.each([
    ['far apart: all placed', [c('a', 100, 100), c('b', 300, 300)], ['a', 'b']],
    [
      'on top of each other: the first by priority wins',
      [c('a', 100, 100, 2), c('b', 105, 102, 1)],
      ['b'],
    ],
    ['side by side, just clear', [c('a', 100, 100), c('b', 145, 100)], ['a', 'b']],
    ['side by side, touching within the padding', [c('a', 100, 100), c('b', 143, 100)], ['a']],
    ['cut by the map edge: left out', [c('a', 10, 100)], []],
    ['equal priority: by id', [c('b', 100, 100), c('a', 100, 100)], ['a']],
  ])('%s', (_, candidates, ids) => {
    expect(placeLabels(candidates, opts).map((p) => p.id)).toEqual(ids);
  });

  it('keeps clear of obstacles', () => {
    const placed = placeLabels([c('a', 100, 100)], {
      ...opts,
      obstacles: [{ x: 90, y: 95, width: 10, height: 10 }],
    });
    expect(placed).toEqual([]);
  });

  it('no two placed boxes overlap, whatever the crowd', () => {
    const crowd = Array.from({ length: 200 }, (_, i) =>
      c(`m${i}`, 50 + ((i * 37) % 400), 50 + ((i * 53) % 400), i % 7, 'x'.repeat(2 + (i % 6))),
    );
    const placed = placeLabels(crowd, opts);
    expect(placed.length).toBeGreaterThan(10);
    for (const a of placed)
      for (const b of placed) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
  });
});

describe('projector', () => {
  it('puts the camera centre in the middle of the screen, north up', () => {
    const project = projector({
      longitude: 129.8,
      latitude: 32.8,
      zoom: 9,
      width: 800,
      height: 600,
    });
    const [x, y] = project([129.8, 32.8]);
    expect(x).toBeCloseTo(400, 6);
    expect(y).toBeCloseTo(300, 6);
    const [, yNorth] = project([129.8, 33]);
    expect(yNorth).toBeLessThan(300);
  });
});
