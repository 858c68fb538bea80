import { describe, expect, it } from 'vitest';
import type { DisasterEvent, OpeningStatus } from '../../../domain/live';
import { HAZARD_TYPES, type EvacuationSite, type HazardType } from '../../../domain/types';
import {
  activeHazards,
  hazardBits,
  hazardContext,
  isDesignatedFor,
  notDesignatedForHazard,
  siteHazardsByFacility,
} from './hazard';

const event = (id: string, status: DisasterEvent['status'], hazardTypes: HazardType[]) => ({
  id,
  name: id,
  status,
  hazardTypes,
});
const site = (nationalShelterId: string, hazardTypes: HazardType[]): EvacuationSite => ({
  kind: 'site',
  nationalShelterId,
  name: 'グランド',
  address: '長崎県長崎市',
  municipalityCode: '42201',
  location: [129.9, 32.8],
  hazardTypes,
});

describe('activeHazards', () => {
  it.each<[string, DisasterEvent[], HazardType[] | undefined, HazardType[]]>([
    ['no events', [], undefined, []],
    [
      'one active event',
      [event('a', 'active', ['landslide', 'flood'])],
      undefined,
      ['flood', 'landslide'],
    ],
    [
      'union of active events, closed ignored',
      [
        event('a', 'active', ['flood']),
        event('b', 'active', ['stormSurge', 'flood']),
        event('c', 'closed', ['tsunami']),
        event('d', 'archived', ['earthquake']),
      ],
      undefined,
      ['flood', 'stormSurge'],
    ],
    ['override wins', [event('a', 'active', ['flood'])], ['tsunami'], ['tsunami']],
    ['empty override: no hazard', [event('a', 'active', ['flood'])], [], []],
  ])('%s', (_label, events, override, expected) => {
    expect(activeHazards(events, override)).toEqual(expected);
  });
});

const sites = [
  site('E4220100001201', ['flood', 'earthquake']),
  site('E4220100001202', ['landslide']),
  site('E4220100002201', ['tsunami']),
];

describe('isDesignatedFor', () => {
  it.each<[string, string, HazardType[], boolean | undefined]>([
    ['no active hazard: no judgement', 'E4220100001', [], undefined],
    ['covered by the first site', 'E4220100001', ['flood'], true],
    ['covered by the second site of the facility', 'E4220100001', ['landslide'], true],
    ['any one active hazard is enough', 'E4220100001', ['tsunami', 'earthquake'], true],
    ['not covered', 'E4220100001', ['tsunami'], false],
    ['facility without any site', 'E4220100099', ['flood'], false],
  ])('%s', (_label, key, hazards, expected) => {
    const ctx = hazardContext([], siteHazardsByFacility(sites), hazards);
    expect(isDesignatedFor(key, ctx)).toBe(expected);
  });
});

describe('notDesignatedForHazard', () => {
  const ctx = hazardContext(
    [event('typhoon', 'active', ['landslide'])],
    siteHazardsByFacility(sites),
  );
  it.each<[string, string | undefined, OpeningStatus, boolean | undefined]>([
    ['open shelter of a landslide-safe facility', 'E4220100001111', 'open', false],
    ['full shelter of a facility without that hazard', 'E4220100002111', 'full', true],
    ['open shelter with no emergency site at all', 'E4220100003111', 'open', true],
    ['welfare shelter (type 12) shares the facility', 'E4220100001121', 'open', false],
    ['closed shelter never flagged', 'E4220100002111', 'closed', false],
    ['unknown status: no judgement', 'E4220100002111', 'unknown', undefined],
    ['no 共通ID: no judgement', undefined, 'open', undefined],
  ])('%s', (_label, nationalShelterId, openingStatus, expected) => {
    expect(
      notDesignatedForHazard(
        { ...(nationalShelterId !== undefined && { nationalShelterId }), openingStatus },
        ctx,
      ),
    ).toBe(expected);
  });

  it('no active event: no judgement', () => {
    const quiet = hazardContext([event('old', 'closed', ['flood'])], siteHazardsByFacility(sites));
    expect(
      notDesignatedForHazard({ nationalShelterId: 'E4220100003111', openingStatus: 'open' }, quiet),
    ).toBeUndefined();
  });
});

describe('siteHazardsByFacility', () => {
  /** The plain rule: the bits of every site whose 共通ID starts with the key, together. */
  const plain = (list: readonly EvacuationSite[], key: string) =>
    list
      .filter((s) => s.nationalShelterId.slice(0, 11) === key)
      .reduce<number | undefined>((bits, s) => (bits ?? 0) | hazardBits(s.hazardTypes), undefined);
  // 600 sites of 3 municipalities in no order, two sites a facility.
  const many = Array.from({ length: 600 }, (_, i) =>
    site(
      `E${42201 + (i % 3)}${String((i * 37) % 100).padStart(5, '0')}20${1 + (i % 2)}`,
      i % 5 ? [HAZARD_TYPES[i % 8]!] : [HAZARD_TYPES[i % 8]!, HAZARD_TYPES[(i * 3) % 8]!],
    ),
  );
  const manyKeys = [...new Set(many.map((s) => s.nationalShelterId.slice(0, 11)))];

  it.each<[string, EvacuationSite[], string[]]>([
    ['no sites', [], ['E4220100001', '']],
    ['the sites above', sites, ['E4220100001', 'E4220100002', 'E4220100099', 'E0000000000']],
    ['600 sites, keys repeating', many, [...manyKeys, 'E4220000000', 'E9999999999']],
    [
      'keys that are no facility key',
      sites,
      ['', 'E422010000', 'E42201000011', 'X4220100001', 'E42201OOOO1', 'E4220100001 '],
    ],
  ])('%s: every lookup as the plain rule', (_label, list, keys) => {
    const index = siteHazardsByFacility(list);
    for (const key of keys) expect(index.get(key), key).toBe(plain(list, key));
    expect(manyKeys.length).toBeGreaterThan(200);
    expect(manyKeys.length).toBeLessThan(many.length);
  });
});

describe('hazardBits', () => {
  it.each<[string, HazardType[], number]>([
    ['none', [], 0],
    ['the first type', ['flood'], 1],
    ['two types, either order', ['tsunami', 'flood'], 0b10001],
    ['a repeat counts once', ['flood', 'flood'], 1],
    ['the last type', ['eruption'], 0b10000000],
  ])('%s', (_label, hazards, bits) => {
    expect(hazardBits(hazards)).toBe(bits);
  });
});
