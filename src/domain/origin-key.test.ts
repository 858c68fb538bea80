import { describe, expect, it } from 'vitest';
import { compareOriginKeys, isDomesticOrigin, originKeyOf } from './origin-key';

describe('originKeyOf', () => {
  it.each<[string, string, string | undefined, string]>([
    ['domestic with prefecture', 'JP', '40', 'JP-40'],
    ['domestic without prefecture', 'JP', undefined, 'JP'],
    ['inbound', 'KR', undefined, 'KR'],
    ['inbound ignores a prefecture', 'TW', '40', 'TW'],
  ])('%s', (_label, nationality, originPrefecture, expected) => {
    expect(
      originKeyOf({ nationality, ...(originPrefecture !== undefined && { originPrefecture }) }),
    ).toBe(expected);
  });
});

describe('isDomesticOrigin', () => {
  it.each<[string, boolean]>([
    ['JP', true],
    ['JP-42', true],
    ['KR', false],
    ['JE', false],
  ])('%s', (key, expected) => {
    expect(isDomesticOrigin(key)).toBe(expected);
  });
});

describe('compareOriginKeys', () => {
  it('orders prefectures by code, then JP, then countries A–Z', () => {
    expect(['US', 'JP', 'JP-42', 'CN', 'JP-01', 'KR'].sort(compareOriginKeys)).toEqual([
      'JP-01',
      'JP-42',
      'JP',
      'CN',
      'KR',
      'US',
    ]);
  });
});
