import { describe, expect, it } from 'vitest';
import type { Designation } from '../../../domain/types';
import {
  buildFacilities,
  countDesignations,
  facilityKeyOf,
  groupByFacility,
  leadDesignation,
  roleOf,
} from './facilities';

const site = (
  id: string,
  name = `site ${id}`,
  at: [number, number] = [129.9, 32.8],
): Designation => ({
  kind: 'site',
  nationalShelterId: id,
  name,
  address: '長崎県長崎市',
  municipalityCode: '42201',
  location: at,
  hazardTypes: ['flood', 'tsunami'],
});
const shelter = (
  id: string,
  welfare = false,
  name = `shelter ${id}`,
  at: [number, number] = [129.91, 32.81],
): Designation => ({
  kind: 'shelter',
  nationalShelterId: id,
  name,
  address: '長崎県長崎市',
  municipalityCode: '42201',
  location: at,
  shelterType: welfare ? 'welfare' : 'general',
});

describe('buildFacilities', () => {
  it.each<
    [
      string,
      Designation[],
      Array<{ key: string; roles: string[]; primary: string; alsoSite: boolean; name: string }>,
    ]
  >([
    [
      'a lone site',
      [site('E4220100001201')],
      [
        {
          key: 'E4220100001',
          roles: ['site'],
          primary: 'site',
          alsoSite: false,
          name: 'site E4220100001201',
        },
      ],
    ],
    [
      'site + shelter sharing 11 chars',
      [site('E4220100001201', 'グランド'), shelter('E4220100001111', false, '学校')],
      [
        {
          key: 'E4220100001',
          roles: ['shelter', 'site'],
          primary: 'shelter',
          alsoSite: true,
          name: '学校',
        },
      ],
    ],
    [
      'welfare wins colour over shelter',
      [shelter('E4220100002111'), shelter('E4220100002121', true, '福祉')],
      [
        {
          key: 'E4220100002',
          roles: ['welfare', 'shelter'],
          primary: 'welfare',
          alsoSite: false,
          name: '福祉',
        },
      ],
    ],
    [
      'different serials stay apart',
      [site('E4220100001201'), site('E4220100002201')],
      [
        {
          key: 'E4220100001',
          roles: ['site'],
          primary: 'site',
          alsoSite: false,
          name: 'site E4220100001201',
        },
        {
          key: 'E4220100002',
          roles: ['site'],
          primary: 'site',
          alsoSite: false,
          name: 'site E4220100002201',
        },
      ],
    ],
    [
      'two site rows of one facility',
      [site('E4220100003201'), site('E4220100003202')],
      [
        {
          key: 'E4220100003',
          roles: ['site'],
          primary: 'site',
          alsoSite: false,
          name: 'site E4220100003201',
        },
      ],
    ],
  ])('%s', (_label, input, expected) => {
    const got = buildFacilities(input).map((f) => ({
      key: facilityKeyOf(f),
      roles: f.roles,
      primary: f.primaryRole,
      alsoSite: f.alsoSite,
      name: f.name,
    }));
    expect(got).toEqual(expected);
  });

  it('places a facility at a non-suspect designation, and drops one with only suspect ones', () => {
    const good = site('E4220100001201', 'ok', [129.8, 32.7]);
    const bad = shelter('E4220100001111', false, 'bad', [129.0, 33.9]);
    const lone = shelter('E4220100009111', false, 'lone', [129.0, 33.9]);
    const out = buildFacilities([good, bad, lone], new Set([bad, lone]));
    expect(out).toHaveLength(1);
    expect(out[0]!.placed).toBe(good);
    expect(out[0]!.placed.location).toEqual([129.8, 32.7]);
    expect(out[0]!.designations).toHaveLength(2);
  });

  it('unions hazards of the site designations in canonical order', () => {
    const a = { ...site('E4220100001201'), hazardTypes: ['tsunami', 'earthquake'] } as Designation;
    const b = { ...site('E4220100001202'), hazardTypes: ['flood'] } as Designation;
    expect(buildFacilities([a, b])[0]!.hazardTypes).toEqual(['flood', 'earthquake', 'tsunami']);
  });

  it('shares one read-only roles array and one hazards array per combination', () => {
    const out = buildFacilities([
      site('E4220100001201'),
      shelter('E4220100001111'),
      site('E4220100002201'),
      shelter('E4220100002111'),
      shelter('E4220100003111'),
    ]);
    const [one, two, three] = out;
    expect(one!.roles).toBe(two!.roles);
    expect(one!.hazardTypes).toBe(two!.hazardTypes);
    expect(three!.roles).not.toBe(one!.roles);
    expect(three!.hazardTypes).toEqual([]);
    expect(Object.isFrozen(one!.roles) && Object.isFrozen(one!.hazardTypes)).toBe(true);
  });
});

describe('groupByFacility and leadDesignation', () => {
  const A = 'E4220100001';
  const B = 'E4220100002';
  it.each<[string, Designation[], Record<string, string[]>, Record<string, string>]>([
    ['one designation', [site(`${A}201`)], { [A]: [`${A}201`] }, { [A]: `${A}201` }],
    [
      'a site and a shelter: the shelter leads',
      [site(`${A}201`), shelter(`${A}111`)],
      { [A]: [`${A}201`, `${A}111`] },
      { [A]: `${A}111` },
    ],
    [
      'four, interleaved with another facility: listed order kept, welfare leads',
      [
        site(`${A}201`),
        shelter(`${B}111`),
        shelter(`${A}111`),
        site(`${A}202`),
        shelter(`${A}121`, true),
      ],
      { [A]: [`${A}201`, `${A}111`, `${A}202`, `${A}121`], [B]: [`${B}111`] },
      { [A]: `${A}121`, [B]: `${B}111` },
    ],
    [
      'two of one rank: the first listed leads',
      [shelter(`${A}111`), shelter(`${A}112`), site(`${A}201`)],
      { [A]: [`${A}111`, `${A}112`, `${A}201`] },
      { [A]: `${A}111` },
    ],
  ])('%s', (_label, designations, lists, leads) => {
    const groups = groupByFacility(designations);
    const ids = (list: readonly Designation[]) => list.map((d) => d.nationalShelterId);
    expect(Object.fromEntries([...groups].map(([k, list]) => [k, ids(list)]))).toEqual(lists);
    expect(
      Object.fromEntries(
        [...groups].map(([k, list]) => [k, leadDesignation(list)?.nationalShelterId]),
      ),
    ).toEqual(leads);
  });
});

describe('countDesignations', () => {
  it('counts designations and facilities apart', () => {
    const list = [
      site('E4220100001201'),
      shelter('E4220100001111'),
      shelter('E4220100002121', true),
      site('E4220100003201'),
    ];
    expect(countDesignations(list)).toEqual({
      designations: 4,
      sites: 2,
      shelters: 2,
      welfare: 1,
      facilities: 3,
      both: 1,
    });
  });
  it('is all zeros for nothing', () => {
    expect(countDesignations([])).toEqual({
      designations: 0,
      sites: 0,
      shelters: 0,
      welfare: 0,
      facilities: 0,
      both: 0,
    });
  });
  it('roleOf maps kinds', () => {
    expect(
      [site('E4220100001201'), shelter('E4220100001111'), shelter('E4220100001121', true)].map(
        roleOf,
      ),
    ).toEqual(['site', 'shelter', 'welfare']);
  });
});
