import { describe, expect, it } from 'vitest';
import type { PlatformService } from '../../../domain/platform-service';
import { serviceSummary } from './services';

const s = (over: Partial<PlatformService>): PlatformService => ({
  id: over.name ?? 'x',
  name: 'x',
  category: 'disaster',
  localGovernmentCodes: [],
  prefectureWide: false,
  dataTypesUsed: [],
  status: 'operating',
  ...over,
});

const SINCE = Date.parse('2026-03-31T15:00:00Z');
const SERVICES = [
  s({ name: 'wide', prefectureWide: true, dataTypesUsed: ['A'], launchedAt: SINCE - 1 }),
  s({
    name: 'two',
    localGovernmentCodes: ['42201', '42202'],
    dataTypesUsed: ['B'],
    launchedAt: SINCE,
  }),
  s({ name: 'pilot', status: 'pilot', category: 'tourism', localGovernmentCodes: ['42201'] }),
  s({ name: 'ended', status: 'ended', localGovernmentCodes: ['42201'], dataTypesUsed: ['C'] }),
  s({
    name: 'odd',
    status: 'unknown',
    category: 'unknown',
    localGovernmentCodes: ['42201'],
    dataTypesUsed: ['D'],
  }),
];

describe('serviceSummary', () => {
  const sum = serviceSummary(SERVICES, SINCE, ['A', 'B', 'C', 'D', 'E']);
  it.each<[string, unknown, unknown]>([
    ['all received', sum.total, 5],
    ['live = pilot + operating', sum.live, 3],
    [
      'by category and status, unknown kept apart',
      sum.byCategory,
      { disaster: { operating: 2, ended: 1 }, tourism: { pilot: 1 }, unknown: { unknown: 1 } },
    ],
    ['Nagasaki: wide + two + pilot', sum.perMunicipality['42201'], 3],
    ['Sasebo: wide + two', sum.perMunicipality['42202'], 2],
    ['Ojika: the prefecture-wide one', sum.perMunicipality['42383'], 1],
    ['launched on or after the date', sum.launchedSince, 1],
    ['live without a launch date', sum.launchUnknown, 1],
    [
      'types no live service reads (ended and unknown-status ones do not count)',
      sum.unusedTypes,
      ['C', 'D', 'E'],
    ],
  ])('%s', (_, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('has no unused types without the platform type list', () => {
    expect(serviceSummary(SERVICES, SINCE, undefined)).not.toHaveProperty('unusedTypes');
  });
});
