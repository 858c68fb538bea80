import { describe, expect, it } from 'vitest';
import {
  checkDigit,
  municipalityFromAddress,
  normalizeMunicipalityCode,
  MUNICIPALITIES,
} from './municipalities';

describe('municipality codes', () => {
  it('has the 21 municipalities, each 6-digit code carrying the JIS X 0402 check digit', () => {
    expect(MUNICIPALITIES).toHaveLength(21);
    for (const m of MUNICIPALITIES) expect(m.code6).toBe(m.code + String(checkDigit(m.code)));
  });

  it.each([
    ['42201', '42201'],
    ['422011', '42201'],
    [' 424111 ', '42411'],
    ['422012', undefined], // wrong check digit
    ['13101', undefined], // Tokyo: not in Nagasaki
    ['4220', undefined],
    ['abcde', undefined],
    ['', undefined],
  ])('normalizeMunicipalityCode(%j) = %j', (raw, expected) => {
    expect(normalizeMunicipalityCode(raw)).toBe(expected);
  });

  it.each([
    ['長崎県長崎市かき道1-8-2', '42201'],
    ['長崎県新上五島町奈良尾郷379', '42411'],
    ['長崎県五島市福江町1-1', '42211'],
    ['長崎県西彼杵郡長与町嬉里郷659-1', '42307'],
    ['長崎県北松浦郡小値賀町笛吹郷', '42383'],
    ['雲仙市愛野町乙2288-4', '42213'],
    ['福岡県福岡市中央区', undefined],
    ['', undefined],
  ])('municipalityFromAddress(%j) = %j', (address, expected) => {
    expect(municipalityFromAddress(address)).toBe(expected);
  });
});
