import { describe, expect, it } from 'vitest';
import type { AlertLevel, EvacuationInfo } from '../../../../domain/live';
import { levelSummary } from './level-summary';

const info = (code: string, level: AlertLevel, id = `${code}-${level}`): EvacuationInfo => ({
  id,
  municipalityCode: code,
  level,
  label: `L${level}`,
  hazardTypes: [],
  issuedAt: 0,
});

describe('levelSummary', () => {
  it.each([
    ['nothing in force', [], []],
    [
      'each municipality counted once, at its highest level',
      [info('42201', 3), info('42201', 4), info('42211', 5), info('42211', 3), info('42209', 3)],
      [
        { level: 5, municipalities: ['42211'] },
        { level: 4, municipalities: ['42201'] },
        { level: 3, municipalities: ['42209'] },
      ],
    ],
    [
      'levels nobody stands at are left out; names in code order',
      [info('42207', 4), info('42202', 4)],
      [{ level: 4, municipalities: ['42202', '42207'] }],
    ],
  ] as [string, EvacuationInfo[], object[]][])('%s', (_, infos, rows) => {
    expect(levelSummary(infos)).toEqual(rows);
  });
});
