import { describe, expect, it } from 'vitest';
import { namesCodeAttribute } from './discover';

describe('namesCodeAttribute', () => {
  it.each<[string[], boolean]>([
    [['name', 'localGovernmentCode'], true],
    [['https://datamodels.jp/ns/disaster/localGovernmentCode'], true],
    [['https://x.test/vocab#localGovernmentCode'], true],
    [['locationCode', 'destinationCode'], false],
    [['mylocalGovernmentCode', 'localGovernmentCodes'], false],
    [[], false],
  ])('%j → %s', (names, expected) => expect(namesCodeAttribute(names)).toBe(expected));
});
