import { describe, expect, it } from 'vitest';
import { PREFECTURES, countryName, getPrefecture, prefectureName } from './prefectures';

describe('prefectures', () => {
  it('lists the 47 in JIS X 0401 order, each office inside Japan', () => {
    expect(PREFECTURES).toHaveLength(47);
    for (const p of PREFECTURES) {
      const [lon, lat] = p.office;
      expect(lon).toBeGreaterThan(122);
      expect(lon).toBeLessThan(146);
      expect(lat).toBeGreaterThan(24);
      expect(lat).toBeLessThan(46);
    }
  });

  it.each([
    ['01', 'ja', '北海道'],
    ['13', 'en', 'Tokyo'],
    ['42', 'ja', '長崎県'],
    ['47', 'en', 'Okinawa'],
    ['48', 'ja', '48'],
  ] as const)('prefecture %s in %s is %s', (code, lang, name) => {
    expect(prefectureName(code, lang)).toBe(name);
  });

  it.each([
    ['KR', 'ja', '韓国'],
    ['TW', 'en', 'Taiwan'],
    ['ZZ', 'en', 'ZZ'],
  ] as const)('country %s in %s is %s', (code, lang, name) => {
    expect(countryName(code, lang)).toBe(name);
  });

  it('places Fukuoka north-east of Nagasaki', () => {
    const f = getPrefecture('40')!.office;
    const n = getPrefecture('42')!.office;
    expect(f[0]).toBeGreaterThan(n[0]);
    expect(f[1]).toBeGreaterThan(n[1]);
  });
});
