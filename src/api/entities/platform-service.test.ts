import { describe, expect, it } from 'vitest';
import type { FlatEntityLike } from './flat';
import { decodeNote } from './notes';
import { parsePlatformService } from './platform-service';
import { flattenEntity } from '../ngsi/representation/entity';

const entity = (attrs: Record<string, unknown>): FlatEntityLike => ({
  id: 'urn:ngsi-ld:PlatformService:x',
  type: 'PlatformService',
  attrs: Object.fromEntries(Object.entries(attrs).map(([k, value]) => [k, { value }])),
});

const BASE = {
  name: '避難所混雑マップ',
  operatorName: '長崎県',
  category: 'disaster',
  localGovernmentCodes: ['422011', '42202'],
  dataTypesUsed: ['EvacuationShelter', 'DesignatedShelter'],
  status: 'operating',
  launchedAt: '2025-06-01',
};

const parsed = (attrs: Record<string, unknown>) => {
  const r = parsePlatformService(entity(attrs));
  if (!r.ok) throw new Error(r.reason);
  return { value: r.value, notes: r.warnings.map((w) => decodeNote(w)) };
};

describe('parsePlatformService', () => {
  it('reads a whole service, codes normalised to 5 digits and the Date as JST midnight', () => {
    const { value, notes } = parsed(BASE);
    expect(notes).toEqual([]);
    expect(value).toEqual({
      id: 'urn:ngsi-ld:PlatformService:x',
      name: '避難所混雑マップ',
      operatorName: '長崎県',
      category: 'disaster',
      localGovernmentCodes: ['42201', '42202'],
      prefectureWide: false,
      dataTypesUsed: ['EvacuationShelter', 'DesignatedShelter'],
      status: 'operating',
      launchedAt: Date.parse('2025-05-31T15:00:00Z'),
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['no name', { ...BASE, name: undefined }],
    ['an empty name', { ...BASE, name: '  ' }],
    ['a name that is not text', { ...BASE, name: 42 }],
  ])('skips a service with %s', (_, attrs) => {
    const r = parsePlatformService(
      entity(Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== undefined))),
    );
    expect(r.ok).toBe(false);
  });

  it.each<[string, Record<string, unknown>, Partial<Record<string, unknown>>, string]>([
    [
      'an unknown category kept as unknown with its text',
      { ...BASE, category: 'education' },
      { category: 'unknown', rawCategory: 'education' },
      'category:unknownValue:shownAsUnknown:education',
    ],
    [
      'an unknown status kept as unknown',
      { ...BASE, status: 'planned' },
      { status: 'unknown', rawStatus: 'planned' },
      'status:unknownValue:shownAsUnknown:planned',
    ],
    [
      'an unreadable code left out of the served list (not prefecture-wide)',
      { ...BASE, localGovernmentCodes: ['42999', '42210'] },
      { localGovernmentCodes: ['42210'], prefectureWide: false },
      'localGovernmentCodes:unknownCode:ignored:42999',
    ],
    [
      'every code unreadable: serves no known municipality, still not the whole prefecture',
      { ...BASE, localGovernmentCodes: ['x'] },
      { localGovernmentCodes: [], prefectureWide: false },
      'localGovernmentCodes:unknownCode:ignored:x',
    ],
    [
      'no list at all: unknown, not the whole prefecture',
      { ...BASE, localGovernmentCodes: undefined },
      { localGovernmentCodes: [], prefectureWide: false },
      'localGovernmentCodes:missing:shownAsUnknown:',
    ],
    [
      'a launch date that is no date left out',
      { ...BASE, launchedAt: '2025-02-30' },
      { launchedAt: undefined },
      'launchedAt:invalid:ignored:2025-02-30',
    ],
    [
      'a type list that is not a list ignored',
      { ...BASE, dataTypesUsed: 'EvacuationShelter' },
      { dataTypesUsed: [] },
      'dataTypesUsed:notArray:ignored:EvacuationShelter',
    ],
  ])('%s', (_, attrs, expected, noteText) => {
    const { value, notes } = parsed(
      Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== undefined)),
    );
    expect(value).toMatchObject(
      Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== undefined)),
    );
    for (const [k, v] of Object.entries(expected))
      if (v === undefined) expect(value).not.toHaveProperty(k);
    expect(
      notes.map((n) => (n ? [n.field, n.issue, n.outcome, n.raw ?? ''].join(':') : '')),
    ).toContain(noteText);
  });

  it.each<[string, unknown, number]>([
    ['a Date', '2024-04-01', Date.parse('2024-03-31T15:00:00Z')],
    [
      'a typed Date',
      { '@type': 'Date', '@value': '2024-04-01' },
      Date.parse('2024-03-31T15:00:00Z'),
    ],
    ['a DateTime', '2024-04-01T09:00:00+09:00', Date.parse('2024-04-01T00:00:00Z')],
  ])('reads the launch as %s', (_, launchedAt, ms) => {
    // As a broker sends it, read through the representation layer (which unwraps `@value`).
    const flat = flattenEntity({
      id: 'urn:ngsi-ld:PlatformService:x',
      type: 'PlatformService',
      ...Object.fromEntries(
        Object.entries({ ...BASE, launchedAt }).map(([k, value]) => [
          k,
          { type: 'Property', value },
        ]),
      ),
    });
    if (!flat.ok) throw new Error(flat.reason);
    const r = parsePlatformService(flat.entity);
    expect(r.ok && r.value.launchedAt).toBe(ms);
  });

  it('an empty list serves the whole prefecture; repeated codes and types once', () => {
    expect(parsed({ ...BASE, localGovernmentCodes: [] }).value).toMatchObject({
      localGovernmentCodes: [],
      prefectureWide: true,
    });
    expect(
      parsed({ ...BASE, localGovernmentCodes: ['42201', '422011'], dataTypesUsed: ['A', 'A'] })
        .value,
    ).toMatchObject({ localGovernmentCodes: ['42201'], dataTypesUsed: ['A'] });
  });
});
