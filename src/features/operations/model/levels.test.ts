import { describe, expect, it } from 'vitest';
import type { AlertLevel, EvacuationInfo } from '../../../domain/live';
import { LEVEL_COLORS, levelsInForce } from './levels';

const NOW = 1_000_000;
const info = (
  id: string,
  municipalityCode: string,
  level: AlertLevel,
  issuedAt: number,
  liftedAt?: number,
): EvacuationInfo => ({
  id,
  municipalityCode,
  level,
  label: `L${level}`,
  hazardTypes: [],
  issuedAt,
  ...(liftedAt !== undefined && { liftedAt }),
});

describe('levelsInForce', () => {
  it.each<[string, EvacuationInfo[], Record<string, [AlertLevel, string]>]>([
    ['nothing issued', [], {}],
    ['one order', [info('a', '42201', 3, 10)], { '42201': [3, 'a'] }],
    [
      'highest level wins within a municipality',
      [info('a', '42201', 3, 10), info('b', '42201', 5, 5), info('c', '42201', 4, 20)],
      { '42201': [5, 'b'] },
    ],
    [
      'same level: latest issue wins',
      [info('a', '42201', 4, 10), info('b', '42201', 4, 30), info('c', '42201', 4, 20)],
      { '42201': [4, 'b'] },
    ],
    [
      'lifted before now: not in force',
      [info('a', '42201', 5, 10, NOW - 1), info('b', '42201', 3, 10)],
      { '42201': [3, 'b'] },
    ],
    ['lifted exactly now: not in force', [info('a', '42201', 4, 10, NOW)], {}],
    ['lifted later: still in force', [info('a', '42201', 4, 10, NOW + 1)], { '42201': [4, 'a'] }],
    [
      'municipalities apart',
      [info('a', '42201', 4, 10), info('b', '42209', 5, 10), info('c', '42210', 3, 10, 20)],
      { '42201': [4, 'a'], '42209': [5, 'b'] },
    ],
  ])('%s', (_label, infos, expected) => {
    const got = levelsInForce(infos, NOW);
    expect(Object.fromEntries([...got].map(([code, l]) => [code, [l.level, l.infoId]]))).toEqual(
      expected,
    );
  });

  it('carries the label and issue time', () => {
    const got = levelsInForce([{ ...info('a', '42201', 4, 10), label: '避難指示' }], NOW);
    expect(got.get('42201')).toEqual({ level: 4, label: '避難指示', issuedAt: 10, infoId: 'a' });
  });
});

describe('LEVEL_COLORS', () => {
  it('follows the scheme: 5 black, 4 purple, 3 red', () => {
    expect(LEVEL_COLORS[5]).toEqual([12, 0, 12]);
    expect(LEVEL_COLORS[4]).toEqual([170, 0, 170]);
    expect(LEVEL_COLORS[3]).toEqual([255, 40, 0]);
  });
});
