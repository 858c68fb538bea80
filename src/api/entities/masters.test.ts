import { describe, expect, it } from 'vitest';
import { parseDesignatedShelter, parseEvacuationSite } from './masters';
import { feedValidator, validateFeed, type Flatten } from './validate-feed';
import type { FlatEntityLike } from './flat';

const flat = (type: string, id: string, values: Record<string, unknown>): FlatEntityLike => ({
  id,
  type,
  attrs: Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value }])),
});

const goodSite = {
  name: '矢上団地近隣公園',
  nationalShelterId: 'E4220100004201',
  localGovernmentCode: '422011',
  address: '長崎県長崎市かき道2-2000',
  location: { type: 'Point', coordinates: [129.958512, 32.770988] },
  hazardTypes: ['flood', 'stormSurge'],
};
const goodShelter = {
  name: '園田町公民館',
  nationalShelterId: 'E4220100499111',
  localGovernmentCode: '42201',
  address: '長崎県長崎市439-2',
  location: { type: 'Point', coordinates: [129.810183, 32.8011] },
  shelterType: 'general',
};

describe('parseEvacuationSite', () => {
  it('normalises a good site', () => {
    const r = parseEvacuationSite(
      flat('EvacuationSite', 'urn:ngsi-ld:EvacuationSite:E4220100004201', goodSite),
    );
    expect(r).toEqual({
      ok: true,
      warnings: [],
      value: {
        kind: 'site',
        nationalShelterId: 'E4220100004201',
        name: '矢上団地近隣公園',
        address: '長崎県長崎市かき道2-2000',
        municipalityCode: '42201',
        location: [129.958512, 32.770988],
        hazardTypes: ['flood', 'stormSurge'],
      },
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['name missing', { name: undefined }, 'name: missing'],
    ['name a number', { name: 42 }, 'name'],
    ['name blank', { name: '   ' }, 'name: empty'],
    [
      'NaN longitude',
      { location: { type: 'Point', coordinates: [Number.NaN, 32.7] } },
      'location.coordinates.0',
    ],
    [
      'string coordinates',
      { location: { type: 'Point', coordinates: ['129.9', '32.7'] } },
      'location.coordinates.0',
    ],
    [
      'outside the prefecture',
      { location: { type: 'Point', coordinates: [139.76, 35.68] } },
      'location: outside Nagasaki Prefecture',
    ],
    [
      'lat/lon swapped',
      { location: { type: 'Point', coordinates: [32.77, 129.95] } },
      'location: latitude and longitude swapped',
    ],
    ['not a point', { location: { type: 'Polygon', coordinates: [] } }, 'location.type'],
    ['location missing', { location: undefined }, 'location: missing'],
    [
      'code of another prefecture',
      { localGovernmentCode: '131016' },
      'localGovernmentCode: not a Nagasaki municipality code',
    ],
    ['code with a wrong check digit', { localGovernmentCode: '422019' }, 'localGovernmentCode'],
    [
      'shelter id on a site',
      { nationalShelterId: 'E4220100499111' },
      'nationalShelterId: not an emergency-site 共通ID',
    ],
    ['negative capacity', { maxCapacity: -5 }, 'maxCapacity: negative'],
    ['fractional capacity', { maxCapacity: 2.5 }, 'maxCapacity: not an integer'],
    ['capacity as string', { maxCapacity: '100' }, 'maxCapacity'],
    ['hazards not a list', { hazardTypes: 'flood' }, 'hazardTypes'],
  ])('skips with a reason: %s', (_label, patch, reason) => {
    const r = parseEvacuationSite(flat('EvacuationSite', 'urn:x', { ...goodSite, ...patch }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.startsWith(reason)).toBe(true);
  });

  it('keeps a site with an unknown hazard, ignoring and reporting the value', () => {
    const r = parseEvacuationSite(
      flat('EvacuationSite', 'urn:x', { ...goodSite, hazardTypes: ['flood', 'meteor'] }),
    );
    expect(r.ok && r.value.hazardTypes).toEqual(['flood']);
    expect(r.ok && r.warnings).toEqual(['hazardTypes: unknown value ignored (meteor)']);
  });

  it('keeps HTML in a name as text', () => {
    const name = '<img src=x onerror=alert(1)>公民館';
    const r = parseEvacuationSite(flat('EvacuationSite', 'urn:x', { ...goodSite, name }));
    expect(r.ok && r.value.name).toBe(name);
  });

  it('reads a JapaneseAddress object as text', () => {
    const address = {
      addressRegion: '長崎県',
      addressLocality: '長崎市',
      streetAddress: 'かき道2-2000',
    };
    const r = parseEvacuationSite(flat('EvacuationSite', 'urn:x', { ...goodSite, address }));
    expect(r.ok && r.value.address).toBe('長崎県長崎市かき道2-2000');
  });
});

describe('parseDesignatedShelter', () => {
  it.each<[string, unknown, 'general' | 'welfare', string[]]>([
    ['general as stated', 'general', 'general', []],
    [
      'missing type taken from 共通ID',
      undefined,
      'general',
      ['shelterType: missing, taken from 共通ID'],
    ],
    [
      'unknown type repaired from 共通ID',
      'hospital',
      'general',
      ['shelterType: "hospital" disagrees with 共通ID, 共通ID used'],
    ],
  ])('%s', (_label, shelterType, expected, warnings) => {
    const r = parseDesignatedShelter(
      flat('DesignatedShelter', 'urn:d', { ...goodShelter, shelterType }),
    );
    expect(r.ok && r.value.shelterType).toBe(expected);
    expect(r.ok && r.warnings).toEqual(warnings);
  });

  it('welfare from a type-12 共通ID', () => {
    const r = parseDesignatedShelter(
      flat('DesignatedShelter', 'urn:d', {
        ...goodShelter,
        nationalShelterId: 'E4220100499121',
        shelterType: 'welfare',
      }),
    );
    expect(r.ok && r.value.shelterType).toBe('welfare');
  });

  it('rejects a site id on a shelter', () => {
    const r = parseDesignatedShelter(
      flat('DesignatedShelter', 'urn:d', { ...goodShelter, nationalShelterId: 'E4220100004201' }),
    );
    expect(r).toEqual({ ok: false, reason: 'nationalShelterId: not a shelter 共通ID' });
  });
});

describe('validateFeed', () => {
  const passThrough: Flatten = (raw) =>
    typeof raw === 'object' && raw !== null && 'id' in raw && 'type' in raw && 'attrs' in raw
      ? { ok: true, entity: raw as FlatEntityLike }
      : { ok: false, reason: 'not an entity' };

  it('skips broken entities, counts reasons and duplicates, keeps the rest', () => {
    const good1 = flat('EvacuationSite', 'urn:1', goodSite);
    const good2 = flat('EvacuationSite', 'urn:2', {
      ...goodSite,
      nationalShelterId: 'E4220100005201',
    });
    const out = validateFeed(
      [
        good1,
        good2,
        good1,
        null,
        'x',
        flat('Other', 'urn:3', goodSite),
        flat('EvacuationSite', 'urn:4', {
          ...goodSite,
          location: { type: 'Point', coordinates: [139, 35] },
        }),
        flat('EvacuationSite', 'urn:5', {
          ...goodSite,
          location: { type: 'Point', coordinates: [139, 35] },
        }),
      ],
      'EvacuationSite',
      passThrough,
      parseEvacuationSite,
    );
    expect(out.items.map((s) => s.nationalShelterId)).toEqual(['E4220100004201', 'E4220100005201']);
    expect(out.report).toMatchObject({
      received: 8,
      accepted: 2,
      skipped: 5,
      duplicateIds: 1,
      skipReasons: {
        'not an entity': 2,
        'type: expected EvacuationSite': 1,
        'location: outside Nagasaki Prefecture': 2,
      },
    });
    expect(out.report.examples['location: outside Nagasaki Prefecture']).toEqual([
      'urn:4',
      'urn:5',
    ]);
  });

  it.each([
    { name: 'one page', cuts: [] },
    { name: 'a repeat on the next page', cuts: [2] },
    { name: 'every entity its own page', cuts: [1, 2, 3, 4, 5, 6, 7] },
  ])('page by page reads as the whole list: $name', ({ cuts }) => {
    const good1 = flat('EvacuationSite', 'urn:1', goodSite);
    const raws = [
      good1,
      flat('EvacuationSite', 'urn:2', { ...goodSite, nationalShelterId: 'E4220100005201' }),
      good1,
      null,
      flat('Other', 'urn:3', goodSite),
      flat('EvacuationSite', 'urn:4', {
        ...goodSite,
        location: { type: 'Point', coordinates: [139, 35] },
      }),
      flat('EvacuationSite', 'urn:5', { ...goodSite, name: '' }),
      good1,
    ];
    const validator = feedValidator('EvacuationSite', passThrough, parseEvacuationSite);
    [0, ...cuts].forEach((from, i) => validator.add(raws.slice(from, cuts[i] ?? raws.length)));
    const paged = validator.result();
    expect(paged.items.map((s) => s.nationalShelterId)).toEqual([
      'E4220100004201',
      'E4220100005201',
    ]);
    expect(paged.report).toMatchObject({ received: 8, accepted: 2, skipped: 4, duplicateIds: 2 });
    expect(paged).toEqual(validateFeed(raws, 'EvacuationSite', passThrough, parseEvacuationSite));
  });

  it('handles an empty feed', () => {
    expect(
      validateFeed([], 'EvacuationSite', passThrough, parseEvacuationSite).report.received,
    ).toBe(0);
  });
});

describe('validateFeed with multi-typed entities', () => {
  it('accepts an entity whose second type is the expected one', () => {
    const e = { ...flat('Place', 'urn:m', goodSite), types: ['Place', 'EvacuationSite'] };
    const out = validateFeed(
      [e],
      'EvacuationSite',
      (raw) => ({ ok: true, entity: raw as FlatEntityLike }),
      parseEvacuationSite,
    );
    expect(out.items).toHaveLength(1);
  });
});
