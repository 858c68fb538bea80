import { describe, expect, it } from 'vitest';
import type { AlertLevel } from '../../../domain/live';
import type { LevelInForce } from './levels';
import { standingLevel5 } from './standing';

const l = (level: AlertLevel, issuedAt: number, infoId: string): LevelInForce => ({
  level,
  label: `label ${infoId}`,
  issuedAt,
  infoId,
});

describe('standingLevel5', () => {
  it.each([
    ['no level in force', [], undefined],
    [
      'levels 3 and 4 only',
      [
        ['42201', l(4, 1, 'a')],
        ['42202', l(3, 2, 'b')],
      ],
      undefined,
    ],
  ] as const)('%s → none', (_, entries, expected) => {
    expect(standingLevel5(new Map(entries))).toBe(expected);
  });

  it('lists every municipality at level 5, earliest issued first, whenever it was issued', () => {
    const s = standingLevel5(
      new Map([
        ['42207', l(5, 200, 'x')],
        ['42201', l(4, 50, 'y')],
        ['42211', l(5, 100, 'z')],
      ]),
    );
    expect(s?.municipalities.map((m) => [m.code, m.issuedAt])).toEqual([
      ['42211', 100],
      ['42207', 200],
    ]);
  });

  it('keeps its id while the same orders stand, and changes it when one is added', () => {
    const one = standingLevel5(new Map([['42211', l(5, 100, 'z')]]));
    const same = standingLevel5(
      new Map([
        ['42211', l(5, 100, 'z')],
        ['42201', l(4, 1, 'q')],
      ]),
    );
    const two = standingLevel5(
      new Map([
        ['42211', l(5, 100, 'z')],
        ['42207', l(5, 300, 'x')],
      ]),
    );
    expect(same?.id).toBe(one?.id);
    expect(two?.id).not.toBe(one?.id);
  });
});
