import { describe, expect, it } from 'vitest';
import type { LngLat } from '../src/domain/types';
import { frameOf } from './frames';

const square = (x: number, y: number, s: number) => [
  [
    [x, y],
    [x + s, y],
    [x + s, y + s],
    [x, y + s],
    [x, y],
  ],
];
// A main island, an islet 5 km off its coast, and a far islet 60 km away.
const parts = [square(129, 33, 0.2), square(129.25, 33.05, 0.01), square(128.4, 32.5, 0.02)];

describe('frameOf', () => {
  it.each([
    [
      'facilities only on the main island: the near islet in, the far one out',
      [[129.1, 33.1]],
      [129, 33, 129.26, 33.2],
    ],
    [
      'a facility on the far islet too',
      [
        [129.1, 33.1],
        [128.41, 32.51],
      ],
      [128.4, 32.5, 129.26, 33.2],
    ],
    ['a facility just off the coast snaps to it', [[129.205, 33.1]], [129, 33, 129.26, 33.2]],
    ['no facility at all: the whole box', [], [128.4, 32.5, 129.26, 33.2]],
    ['a facility far out at sea is ignored', [[130, 34]], [128.4, 32.5, 129.26, 33.2]],
  ] as [string, LngLat[], number[]][])('%s', (_, facilities, frame) => {
    const got = frameOf(parts, facilities);
    got.forEach((v, i) => expect(v).toBeCloseTo(frame[i]!, 6));
  });
});
