import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../../../domain/municipalities';
import { translate, type MessageKey } from '../../../i18n';
import { breakableName, formatRate, typeLabel, typeTitle } from './labels';

describe('breakableName', () => {
  it.each([
    ['Minamishimabara', 'Minami\u00adshimabara'],
    ['Higashisonogi', 'Higashi\u00adsonogi'],
    ['Shinkamigoto', 'Shin\u00adkamigoto'],
    ['Shimabara', 'Shimabara'],
    ['Nagasaki', 'Nagasaki'],
    ['Kitaura', 'Kitaura'], // too short a remainder to break
  ])('%s → %j', (name, shown) => expect(breakableName(name)).toBe(shown));

  it('leaves at most 9 unbreakable letters in any of the 21 English names', () => {
    const longest = Math.max(
      ...MUNICIPALITIES.flatMap((m) => breakableName(m.nameEn).split('\u00ad')).map(
        (p) => p.length,
      ),
    );
    expect(longest).toBeLessThanOrEqual(9);
  });
});

describe('formatRate', () => {
  it.each<['ja' | 'en', number, string]>([
    ['en', 19, '19.0'],
    ['en', 12.3, '12.3'],
    ['ja', 139.1, '139.1'],
    ['en', 1234.5, '1,234.5'],
  ])('%s %d → %s', (lang, v, text) => expect(formatRate(lang, v)).toBe(text));
});

describe('typeLabel', () => {
  const en = (key: MessageKey, params?: Record<string, string | number>) =>
    translate('en', key, params);
  it.each<[string, string, string | undefined]>([
    // [type as listed, label, tooltip]
    ['EvacuationShelter', en('pf.type.EvacuationShelter'), undefined],
    ['Parking', 'Parking', undefined],
    ['https://other.example/models/Parking', 'Parking', 'https://other.example/models/Parking'],
    ['https://other.example/models#Parking', 'Parking', 'https://other.example/models#Parking'],
    ['urn:ngsi-ld:type:Parking', 'Parking', 'urn:ngsi-ld:type:Parking'],
  ])('%s → %s', (type, label, title) => {
    expect(typeLabel(type, en)).toBe(label);
    expect(typeTitle(type)).toBe(title);
  });
});
