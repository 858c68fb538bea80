import { describe, expect, it } from 'vitest';
import type { ShelterEei } from '../../domain/eei';
import { flattenEntity } from '../ngsi/representation/entity';
import { entityFromV2 } from '../v2/entity';
import { parseEvacuationShelter } from './live-shelter';
import { decodeNote, note, type FeedNote } from './notes';

const T = '2026-09-01T03:00:00.000Z';

const BASE = {
  nationalShelterId: 'E4220100499111',
  localGovernmentCode: '422011',
  openingStatus: 'open',
};

/** Every EEI field, readable, as a feed would send it. */
const FULL_EEI = {
  evacueeMale: 20,
  evacueeFemale: 22,
  openingReason: '避難指示の発令',
  capacityStatus: '余裕あり',
  staffNeeded: '保健師 1名',
  drinkingWater: '不足',
  toiletCount: 6,
  suppliesNeeded: ['毛布', '紙おむつ（大人用、子ども用）'],
  livingConditions: {
    space: '1人2m²',
    beds: '段ボールベッド',
    bathing: '不可',
    laundry: '不可',
    blankets: '充足',
  },
  petsAccepted: false,
  carSleepersAllowed: true,
  parkingSpaces: 0,
};

const normalized = (values: Record<string, unknown>) => ({
  id: 'urn:ngsi-ld:EvacuationShelter:x',
  type: 'EvacuationShelter',
  ...Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, { type: 'Property', value: v, observedAt: T }]),
  ),
});
const keyValues = (values: Record<string, unknown>) => ({
  id: 'urn:ngsi-ld:EvacuationShelter:x',
  type: 'EvacuationShelter',
  ...values,
});

function parseLd(raw: unknown, kv: boolean) {
  const flat = flattenEntity(raw, kv ? 'keyValues' : 'normalized');
  if (!flat.ok) throw new Error(flat.reason);
  const r = parseEvacuationShelter(flat.entity);
  if (!r.ok) throw new Error(r.reason);
  return { value: r.value, notes: r.warnings.map((w) => decodeNote(w, 'ignored')) };
}

const REPRESENTATIONS: Array<[string, (v: Record<string, unknown>) => unknown]> = [
  ['NGSI-LD normalized', (v) => parseLd(normalized(v), false)],
  ['NGSI-LD keyValues', (v) => parseLd(keyValues(v), true)],
  [
    'NGSI v2 normalized',
    (v) =>
      parseLd(
        entityFromV2(
          {
            id: 'EvacuationShelter:x',
            type: 'EvacuationShelter',
            ...Object.fromEntries(
              Object.entries(v).map(([k, x]) => [
                k,
                { type: typeof x === 'object' ? 'StructuredValue' : 'Text', value: x },
              ]),
            ),
          },
          false,
        ),
        false,
      ),
  ],
  [
    'NGSI v2 keyValues',
    (v) =>
      parseLd(
        entityFromV2({ id: 'EvacuationShelter:x', type: 'EvacuationShelter', ...v }, true),
        true,
      ),
  ],
];

describe('EEI attributes of an EvacuationShelter (contract §7)', () => {
  it.each(REPRESENTATIONS)('%s: every readable field is kept as sent', (_, parse) => {
    const { value, notes } = parse({ ...BASE, ...FULL_EEI }) as ReturnType<typeof parseLd>;
    expect(notes).toEqual([]);
    expect(value.eei).toEqual(FULL_EEI);
    expect(value.invalidFields).toBeUndefined();
  });

  it.each(REPRESENTATIONS)('%s: nothing reported gives no eei at all', (_, parse) => {
    const { value } = parse(BASE) as ReturnType<typeof parseLd>;
    expect(value).not.toHaveProperty('eei');
  });

  const ignored = (field: string, issue: FeedNote['issue'], raw: string): FeedNote =>
    note(field, issue, 'ignored', { raw });

  // [case, sent, kept eei, notes]
  it.each<[string, Record<string, unknown>, ShelterEei | undefined, FeedNote[]]>([
    [
      'negative count',
      { evacueeMale: -3, evacueeFemale: 4 },
      { evacueeFemale: 4 },
      [ignored('evacueeMale', 'negative', '-3')],
    ],
    [
      'fractional count',
      { toiletCount: 2.5 },
      undefined,
      [ignored('toiletCount', 'notInteger', '2.5')],
    ],
    [
      'count as text',
      { parkingSpaces: '30' },
      undefined,
      [ignored('parkingSpaces', 'notNumber', '30')],
    ],
    [
      'boolean as text is not "yes"',
      { petsAccepted: 'true' },
      undefined,
      [ignored('petsAccepted', 'notBoolean', 'true')],
    ],
    [
      'boolean as 0 is not "no"',
      { carSleepersAllowed: 0 },
      undefined,
      [ignored('carSleepersAllowed', 'notBoolean', '0')],
    ],
    [
      'supplies as one string',
      { suppliesNeeded: '毛布' },
      undefined,
      [ignored('suppliesNeeded', 'notArray', '毛布')],
    ],
    [
      'supplies with a number',
      { suppliesNeeded: ['毛布', 3] },
      undefined,
      [ignored('suppliesNeeded', 'notString', '["毛布",3]')],
    ],
    ['empty supplies list is a report', { suppliesNeeded: [] }, { suppliesNeeded: [] }, []],
    [
      'living conditions as text',
      { livingConditions: '良好' },
      undefined,
      [ignored('livingConditions', 'notObject', '良好')],
    ],
    [
      'living conditions without a known key',
      { livingConditions: { other: 'x' } },
      undefined,
      [ignored('livingConditions', 'empty', '{"other":"x"}')],
    ],
    [
      'living conditions: partial, unknown keys dropped',
      { livingConditions: { beds: 'なし', other: 'x' } },
      { livingConditions: { beds: 'なし' } },
      [],
    ],
    ['empty text', { drinkingWater: '  ' }, undefined, [ignored('drinkingWater', 'empty', '  ')]],
    [
      'text is trimmed, control characters become spaces',
      { staffNeeded: ' 保健師\n2名 ' },
      { staffNeeded: '保健師 2名' },
      [],
    ],
    [
      'markup stays text',
      { openingReason: '<b>避難指示</b>' },
      { openingReason: '<b>避難指示</b>' },
      [],
    ],
    [
      'zero is a reported zero',
      { evacueeMale: 0, parkingSpaces: 0 },
      { evacueeMale: 0, parkingSpaces: 0 },
      [],
    ],
    ['false is a reported no', { petsAccepted: false }, { petsAccepted: false }, []],
    ['null is not reported', { petsAccepted: null }, undefined, []],
  ])('%s', (_, sent, eei, expected) => {
    const { value, notes } = parseLd(normalized({ ...BASE, ...sent }), false);
    expect(value.eei).toEqual(eei);
    expect(notes).toEqual(expected);
    // The shelter is kept whatever its EEI; a broken field marks the report invalid (§4).
    expect(value.openingStatus).toBe('open');
    expect(value.invalidFields).toEqual(
      expected.length > 0 ? expected.map((n) => n.field) : undefined,
    );
  });

  it("an EEI attribute's observedAt counts towards the report's age", () => {
    const raw = {
      ...normalized(BASE),
      drinkingWater: { type: 'Property', value: '不足', observedAt: '2026-09-01T05:00:00Z' },
    };
    expect(parseLd(raw, false).value.observedAt).toBe(Date.parse('2026-09-01T05:00:00Z'));
  });
});
