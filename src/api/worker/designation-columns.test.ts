import { describe, expect, it } from 'vitest';
import type { DesignatedShelter, Designation, EvacuationSite } from '../../domain/types';
import { createFingerprint } from './fingerprint';
import { fingerprintColumns, fromColumns, toColumns } from './designation-columns';

const site = (over: Partial<EvacuationSite> = {}): EvacuationSite => ({
  kind: 'site',
  nationalShelterId: 'E4220100001201',
  name: '長崎市立諏訪小学校',
  address: '長崎県長崎市上西山町1-1',
  municipalityCode: '42201',
  location: [129.8812, 32.7503],
  hazardTypes: ['flood', 'landslide'],
  ...over,
});

const shelter = (over: Partial<DesignatedShelter> = {}): DesignatedShelter => ({
  kind: 'shelter',
  nationalShelterId: 'E4220200002111',
  name: 'Sasebo Gym',
  address: '長崎県佐世保市八幡町1-10',
  municipalityCode: '42202',
  location: [129.7237, 33.1799],
  shelterType: 'general',
  ...over,
});

/** Across the worker's edge: packed, cloned as postMessage and IndexedDB clone it, unpacked. */
const crossed = (items: Designation[]) => fromColumns(structuredClone(toColumns(items)));

/** A designation as its readers see it: its fields, the location as read, as a plain object. */
function seen(d: Designation): Designation {
  const { row, ...fields } = d as Designation & { row: number };
  expect(row).toBeTypeOf('number');
  return { ...fields, location: d.location };
}

describe('designation columns', () => {
  it.each<[string, Designation[]]>([
    ['nothing', []],
    ['a site with hazards', [site()]],
    ['a site with no hazards', [site({ hazardTypes: [] })]],
    ['hazards in the order given', [site({ hazardTypes: ['tsunami', 'flood'] })]],
    ['a capacity of 0', [site({ maxCapacity: 0 })]],
    ['a capacity', [shelter({ maxCapacity: 350 })]],
    ['also a shelter', [site({ alsoDesignatedShelter: true })]],
    ['said not to be a shelter', [site({ alsoDesignatedShelter: false, maxCapacity: 12 })]],
    ['a welfare shelter', [shelter({ shelterType: 'welfare' })]],
    ['a target text', [shelter({ targetEvacuees: '要配慮者', maxCapacity: 40 })]],
    ['a target only', [shelter({ targetEvacuees: 'Residents of 1-chome' })]],
    [
      'both kinds mixed, in order',
      [
        shelter(),
        site(),
        shelter({ targetEvacuees: 'x', nationalShelterId: 'b' }),
        site({ nationalShelterId: 'c' }),
      ],
    ],
  ])('%s comes back as it went', (_label, items) => {
    expect(crossed(items).map(seen)).toStrictEqual(items);
  });

  it('keeps every field and order over a larger set', () => {
    const codes = ['42201', '42202', '42203'];
    const items = Array.from({ length: 500 }, (_, i): Designation =>
      i % 3
        ? site({
            nationalShelterId: `s${i}`,
            municipalityCode: codes[i % 3]!,
            location: [129 + i / 1000, 32.5 + i / 997],
            hazardTypes: i % 2 ? ['flood'] : ['earthquake', 'tsunami'],
            ...(i % 5 === 0 && { maxCapacity: i }),
            ...(i % 7 === 0 && { alsoDesignatedShelter: i % 2 === 0 }),
          })
        : shelter({
            nationalShelterId: `h${i}`,
            shelterType: i % 2 ? 'welfare' : 'general',
            ...(i % 4 === 0 && { targetEvacuees: `t${i}` }),
          }),
    );
    expect(crossed(items).map(seen)).toStrictEqual(items);
  });

  it("keeps no location array per designation: each reads its set's coordinate column", () => {
    const [a, b] = crossed([site(), shelter()]) as [Designation, Designation];
    expect(Object.keys(a)).not.toContain('location');
    expect(a.location).toEqual([129.8812, 32.7503]);
    expect(b.location).toEqual([129.7237, 33.1799]);
    expect(a.location).not.toBe(a.location);
  });

  it('lists each municipality code and hazard list once', () => {
    const items = [
      site(),
      site({ nationalShelterId: 'b', municipalityCode: '42202' }),
      site({ nationalShelterId: 'c' }),
      site({ nationalShelterId: 'd', hazardTypes: ['landslide', 'flood'] }),
    ];
    const columns = toColumns(items);
    expect(columns.codes).toEqual(['42201', '42202']);
    expect(columns.hazardLists).toEqual([
      ['flood', 'landslide'],
      ['landslide', 'flood'],
    ]);
  });

  it('gives designations with the same hazards one shared, frozen list', () => {
    const [a, b, c] = crossed([
      site(),
      site({ nationalShelterId: 'b' }),
      site({ nationalShelterId: 'c', hazardTypes: [] }),
    ]) as [EvacuationSite, EvacuationSite, EvacuationSite];
    expect(a.hazardTypes).toBe(b.hazardTypes);
    expect(a.hazardTypes).not.toBe(c.hazardTypes);
    expect(Object.isFrozen(a.hazardTypes)).toBe(true);
  });
});

describe('fingerprintColumns', () => {
  const [a, b, c] = [
    site(),
    shelter({ maxCapacity: 30 }),
    site({ nationalShelterId: 'c', alsoDesignatedShelter: true }),
  ];
  const print = (items: Designation[]) =>
    fingerprintColumns(toColumns(items), createFingerprint()).digest();

  it.each<[string, Designation[], Designation[], boolean]>([
    [
      'the same set',
      [a, b, c],
      [
        site(),
        shelter({ maxCapacity: 30 }),
        site({ nationalShelterId: 'c', alsoDesignatedShelter: true }),
      ],
      true,
    ],
    ['an address changed', [a, b, c], [site({ address: 'x' }), b, c], false],
    ['a site moved', [a, b, c], [site({ location: [129.8812, 32.7504] }), b, c], false],
    ['a capacity changed', [a, b, c], [a, shelter({ maxCapacity: 31 }), c], false],
    ['a capacity dropped', [a, b, c], [a, shelter(), c], false],
    ['hazards reordered', [a, b, c], [site({ hazardTypes: ['landslide', 'flood'] }), b, c], false],
    [
      'a flag changed',
      [a, b, c],
      [a, b, site({ nationalShelterId: 'c', alsoDesignatedShelter: false })],
      false,
    ],
    [
      'now a welfare shelter',
      [a, b, c],
      [a, shelter({ maxCapacity: 30, shelterType: 'welfare' }), c],
      false,
    ],
    [
      'a target text added',
      [a, b, c],
      [a, shelter({ maxCapacity: 30, targetEvacuees: 'x' }), c],
      false,
    ],
    [
      'text moved between fields',
      [site({ name: 'ab', address: 'c' })],
      [site({ name: 'a', address: 'bc' })],
      false,
    ],
    ['one fewer', [a, b, c], [a, b], false],
    ['reordered', [a, b, c], [b, a, c], false],
  ])('%s', (_label, before, after, same) => {
    expect(print(before) === print(after)).toBe(same);
  });
});
