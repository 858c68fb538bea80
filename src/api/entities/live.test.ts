import { describe, expect, it } from 'vitest';
import type { FlatEntityLike } from './flat';
import { parseDisasterEvent, parseEvacuationInformation, parseEvacuationShelter } from './live';
import { validateFeed } from './validate-feed';
import { decodeNote, encodeNote, note, type FeedNote } from './notes';

/** Warnings and reasons as the notes they carry. */
const notes = (texts: readonly string[]) => texts.map((w) => decodeNote(w, 'ignored'));
const ignored = (field: string, issue: FeedNote['issue'], raw?: unknown): FeedNote =>
  note(field, issue, 'ignored', raw === undefined ? {} : { raw });

type Attr = { value: unknown; observedAt?: string };

const flat = (type: string, id: string, values: Record<string, unknown>): FlatEntityLike => ({
  id,
  type,
  attrs: Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => value !== undefined)
      .map(([k, value]) => [k, { value }]),
  ),
});
const withTimes = (id: string, attrs: Record<string, Attr>): FlatEntityLike => ({
  id,
  type: 'EvacuationShelter',
  attrs,
});

const T0 = '2026-09-01T00:00:00Z';
const T0_MS = Date.parse(T0);

const goodOverlay = {
  nationalShelterId: 'E4220100499111',
  localGovernmentCode: '422011',
  openingStatus: 'open',
  evacueeTotal: 42,
  evacueeHouseholds: 17,
};
const overlay = (patch: Record<string, unknown>) =>
  parseEvacuationShelter(flat('EvacuationShelter', 'urn:o', { ...goodOverlay, ...patch }));

describe('parseEvacuationShelter', () => {
  it('normalises a good overlay', () => {
    expect(
      overlay({
        maxCapacity: 120,
        statusLabel: '開設中',
        congestionLevel: 'crowded',
        openedAt: '2026-09-01T09:30:00+09:00',
        project: 'urn:ngsi-ld:DisasterEvent:typhoon-11',
      }),
    ).toEqual({
      ok: true,
      warnings: [],
      value: {
        id: 'urn:o',
        nationalShelterId: 'E4220100499111',
        municipalityCode: '42201',
        openingStatus: 'open',
        statusLabel: '開設中',
        evacueeTotal: 42,
        evacueeHouseholds: 17,
        maxCapacity: 120,
        congestionLevel: 'crowded',
        openedAt: Date.parse('2026-09-01T00:30:00Z'),
        eventId: 'urn:ngsi-ld:DisasterEvent:typhoon-11',
      },
    });
  });

  const skipped = (field: string, issue: FeedNote['issue'], raw?: unknown): FeedNote =>
    note(field, issue, 'skipped', raw === undefined ? {} : { raw });
  it.each<[string, Record<string, unknown>, FeedNote]>([
    ['no identity at all', { nationalShelterId: undefined }, skipped('', 'noIdentity')],
    [
      'external id without a municipality',
      { nationalShelterId: undefined, localGovernmentCode: undefined, externalShelterId: 'N-12' },
      skipped('', 'noIdentity'),
    ],
    [
      'malformed national id and nothing else',
      { nationalShelterId: 'E42201', externalShelterId: undefined },
      skipped('', 'noIdentity'),
    ],
    [
      'code of another prefecture',
      { localGovernmentCode: '131016' },
      skipped('localGovernmentCode', 'notMunicipality', '131016'),
    ],
    [
      'code with a wrong check digit',
      { localGovernmentCode: '422019' },
      skipped('localGovernmentCode', 'notMunicipality', '422019'),
    ],
    [
      'no code and a 共通ID of another prefecture',
      { localGovernmentCode: undefined, nationalShelterId: 'E1310100001111' },
      skipped('localGovernmentCode', 'missing'),
    ],
  ])('skips with a reason: %s', (_label, patch, reason) => {
    const r = overlay(patch);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(decodeNote(r.reason)).toEqual(reason);
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, FeedNote[]]>([
    [
      'external id + 5-digit code, no national id',
      { nationalShelterId: undefined, externalShelterId: 'N-12', localGovernmentCode: '42201' },
      { externalShelterId: 'N-12', municipalityCode: '42201' },
      [],
    ],
    [
      'code missing: taken from the 共通ID',
      { localGovernmentCode: undefined, nationalShelterId: 'E4220900012111' },
      { municipalityCode: '42209' },
      [note('localGovernmentCode', 'missing', 'takenFromId')],
    ],
    [
      'malformed national id falls back to the external id',
      { nationalShelterId: 'X1', externalShelterId: 'N-12' },
      { externalShelterId: 'N-12', nationalShelterId: undefined },
      [ignored('nationalShelterId', 'notSharedId', 'X1')],
    ],
    [
      'unknown status kept as unknown',
      { openingStatus: '準備中' },
      { openingStatus: 'unknown', rawStatus: '準備中' },
      [note('openingStatus', 'unknownValue', 'shownAsUnknown', { raw: '準備中' })],
    ],
    [
      'numeric status kept as unknown',
      { openingStatus: 1 },
      { openingStatus: 'unknown', rawStatus: '1' },
      [note('openingStatus', 'unknownValue', 'shownAsUnknown', { raw: '1' })],
    ],
    [
      'missing status shown as unknown',
      { openingStatus: undefined },
      { openingStatus: 'unknown', rawStatus: undefined },
      [note('openingStatus', 'missing', 'shownAsUnknown')],
    ],
    [
      'full is a known status',
      { openingStatus: 'full' },
      { openingStatus: 'full', rawStatus: undefined },
      [],
    ],
    [
      'negative evacuees dropped',
      { evacueeTotal: -3 },
      { evacueeTotal: undefined, evacueeHouseholds: 17 },
      [ignored('evacueeTotal', 'negative', -3)],
    ],
    [
      'fractional households dropped',
      { evacueeHouseholds: 2.5 },
      { evacueeHouseholds: undefined, evacueeTotal: 42 },
      [ignored('evacueeHouseholds', 'notInteger', 2.5)],
    ],
    [
      'NaN evacuees dropped',
      { evacueeTotal: Number.NaN },
      { evacueeTotal: undefined },
      [ignored('evacueeTotal', 'notNumber', Number.NaN)],
    ],
    [
      'Infinity capacity dropped',
      { maxCapacity: Number.POSITIVE_INFINITY },
      { maxCapacity: undefined },
      [ignored('maxCapacity', 'notNumber', Number.POSITIVE_INFINITY)],
    ],
    [
      'string capacity dropped',
      { maxCapacity: '100' },
      { maxCapacity: undefined },
      [ignored('maxCapacity', 'notNumber', '100')],
    ],
    ['zero evacuees kept', { evacueeTotal: 0 }, { evacueeTotal: 0 }, []],
    [
      'unknown congestion level dropped',
      { congestionLevel: 'packed' },
      { congestionLevel: undefined },
      [ignored('congestionLevel', 'unknownValue', 'packed')],
    ],
    [
      'invalid openedAt dropped',
      { openedAt: 'yesterday' },
      { openedAt: undefined },
      [ignored('openedAt', 'notDateTime', 'yesterday')],
    ],
    [
      'local time without a zone dropped',
      { closedAt: '2026-09-01T12:00:00' },
      { closedAt: undefined },
      [ignored('closedAt', 'notDateTime', '2026-09-01T12:00:00')],
    ],
    [
      'impossible date dropped',
      { openedAt: '2026-02-30T00:00:00Z' },
      { openedAt: undefined },
      [ignored('openedAt', 'notDateTime', '2026-02-30T00:00:00Z')],
    ],
    [
      'project that is not a URI string dropped',
      { project: 7 },
      { eventId: undefined },
      [ignored('project', 'notString', 7)],
    ],
    [
      'blank status label dropped',
      { statusLabel: '  ' },
      { statusLabel: undefined },
      [ignored('statusLabel', 'empty', '  ')],
    ],
  ])('keeps the overlay: %s', (_label, patch, expected, warnings) => {
    const r = overlay(patch);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const [key, value] of Object.entries(expected)) {
      if (value === undefined) expect(r.value).not.toHaveProperty(key);
      else expect(r.value).toHaveProperty(key, value);
    }
    expect(notes(r.warnings)).toEqual(warnings);
  });

  it.each<[string, Record<string, unknown>, string[] | undefined]>([
    ['a valid report carries no invalid fields', {}, undefined],
    ['a negative count makes it invalid (contract §4)', { evacueeTotal: -264 }, ['evacueeTotal']],
    ['a string for a number', { maxCapacity: '100' }, ['maxCapacity']],
    ['a value outside an enum', { congestionLevel: 'packed' }, ['congestionLevel']],
    [
      'each broken field is named',
      { evacueeHouseholds: 1.5, openedAt: 'yesterday' },
      ['evacueeHouseholds', 'openedAt'],
    ],
    // The contract keeps any other status as unknown: a legal value, not a broken field.
    ['an unknown status is not invalid', { openingStatus: 'preparing' }, undefined],
    [
      'a code repaired from the 共通ID is not invalid',
      { localGovernmentCode: undefined },
      undefined,
    ],
  ])('invalid fields: %s', (_label, patch, fields) => {
    const r = overlay(patch);
    expect(r.ok && r.value.invalidFields).toEqual(fields);
  });

  it('an unreadable observedAt makes the report invalid', () => {
    const r = parseEvacuationShelter(
      withTimes('urn:t', {
        nationalShelterId: { value: 'E4220100499111' },
        openingStatus: { value: 'open', observedAt: 'soon' },
      }),
    );
    expect(r.ok && r.value.invalidFields).toEqual(['observedAt']);
  });

  it('keeps HTML in a status label as text', () => {
    const r = overlay({ statusLabel: '<b>満員</b>' });
    expect(r.ok && r.value.statusLabel).toBe('<b>満員</b>');
  });

  it.each<[string, Record<string, Attr>, number | undefined, FeedNote[]]>([
    ['no times', { evacueeTotal: { value: 1 } }, undefined, []],
    [
      'latest of several attributes',
      {
        evacueeTotal: { value: 5, observedAt: '2026-09-01T00:10:00Z' },
        openingStatus: { value: 'open', observedAt: T0 },
        evacueeHouseholds: { value: 2, observedAt: '2026-09-01T09:05:00+09:00' },
      },
      T0_MS + 10 * 60_000,
      [],
    ],
    [
      'unreadable time skipped and reported',
      {
        evacueeTotal: { value: 5, observedAt: 'soon' },
        openingStatus: { value: 'open', observedAt: T0 },
      },
      T0_MS,
      [ignored('observedAt', 'notDateTime', 'soon')],
    ],
  ])('observedAt: %s', (_label, attrs, expected, warnings) => {
    const r = parseEvacuationShelter(
      withTimes('urn:t', {
        nationalShelterId: { value: 'E4220100499111' },
        localGovernmentCode: { value: '42201' },
        openingStatus: { value: 'open' },
        ...attrs,
      }),
    );
    expect(r.ok && r.value.observedAt).toBe(expected === undefined ? undefined : expected);
    expect(r.ok && notes(r.warnings)).toEqual(warnings);
  });
});

const goodEvent = {
  name: '令和8年台風第11号',
  projectStatus: 'active',
  start: T0,
  hazardTypes: ['flood', 'landslide', 'stormSurge'],
};

describe('parseDisasterEvent', () => {
  it('normalises a good event', () => {
    expect(parseDisasterEvent(flat('DisasterEvent', 'urn:e', goodEvent))).toEqual({
      ok: true,
      warnings: [],
      value: {
        id: 'urn:e',
        name: '令和8年台風第11号',
        status: 'active',
        start: T0_MS,
        hazardTypes: ['flood', 'landslide', 'stormSurge'],
      },
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['name missing', { name: undefined }, 'name: missing'],
    ['status missing', { projectStatus: undefined }, 'projectStatus: missing'],
    [
      'status unknown',
      { projectStatus: 'paused' },
      'projectStatus: not active, closed or archived',
    ],
  ])('skips with a reason: %s', (_label, patch, reason) => {
    expect(parseDisasterEvent(flat('DisasterEvent', 'urn:e', { ...goodEvent, ...patch }))).toEqual({
      ok: false,
      reason,
    });
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, FeedNote[]]>([
    [
      'unknown hazard ignored',
      { hazardTypes: ['flood', 'meteor'] },
      { hazardTypes: ['flood'] },
      [ignored('hazardTypes', 'unknownValue', 'meteor')],
    ],
    [
      'hazards not a list',
      { hazardTypes: 'flood' },
      { hazardTypes: [] },
      [ignored('hazardTypes', 'notArray', 'flood')],
    ],
    ['no hazards', { hazardTypes: undefined }, { hazardTypes: [] }, []],
    [
      'invalid end dropped',
      { end: 'tomorrow' },
      { end: undefined },
      [ignored('end', 'notDateTime', 'tomorrow')],
    ],
  ])('keeps the event: %s', (_label, patch, expected, warnings) => {
    const r = parseDisasterEvent(flat('DisasterEvent', 'urn:e', { ...goodEvent, ...patch }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const [key, value] of Object.entries(expected)) {
      if (value === undefined) expect(r.value).not.toHaveProperty(key);
      else expect(r.value).toHaveProperty(key, value);
    }
    expect(notes(r.warnings)).toEqual(warnings);
  });
});

const goodInfo = {
  localGovernmentCode: '42201',
  alertLevel: 4,
  alertLabel: '避難指示',
  hazardTypes: ['landslide'],
  targetArea: '長崎市全域',
  targetHouseholds: 1200,
  targetPersons: 2500,
  issuedAt: T0,
  project: 'urn:ngsi-ld:DisasterEvent:typhoon-11',
};
const info = (patch: Record<string, unknown>) =>
  parseEvacuationInformation(flat('EvacuationInformation', 'urn:i', { ...goodInfo, ...patch }));

describe('parseEvacuationInformation', () => {
  it('normalises a good order', () => {
    expect(info({ liftedAt: '2026-09-01T06:00:00Z' })).toEqual({
      ok: true,
      warnings: [],
      value: {
        id: 'urn:i',
        municipalityCode: '42201',
        level: 4,
        label: '避難指示',
        hazardTypes: ['landslide'],
        targetArea: '長崎市全域',
        targetHouseholds: 1200,
        targetPersons: 2500,
        issuedAt: T0_MS,
        liftedAt: T0_MS + 6 * 3_600_000,
        eventId: 'urn:ngsi-ld:DisasterEvent:typhoon-11',
      },
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['level 1', { alertLevel: 1 }, 'alertLevel: not 3, 4 or 5'],
    ['level 2', { alertLevel: 2 }, 'alertLevel: not 3, 4 or 5'],
    ['level 6', { alertLevel: 6 }, 'alertLevel: not 3, 4 or 5'],
    ['level as a string', { alertLevel: '4' }, 'alertLevel: not 3, 4 or 5'],
    ['level 4.5', { alertLevel: 4.5 }, 'alertLevel: not 3, 4 or 5'],
    ['level missing', { alertLevel: undefined }, 'alertLevel: missing'],
    ['issuedAt missing', { issuedAt: undefined }, 'issuedAt: missing'],
    ['issuedAt invalid', { issuedAt: 'now' }, 'issuedAt: not a DateTime with a time zone'],
    ['code missing', { localGovernmentCode: undefined }, 'localGovernmentCode: missing'],
    [
      'code of another prefecture',
      { localGovernmentCode: '13101' },
      'localGovernmentCode: not a Nagasaki municipality code',
    ],
  ])('skips with a reason: %s', (_label, patch, reason) => {
    expect(info(patch)).toEqual({ ok: false, reason });
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, FeedNote[]]>([
    [
      'label missing: standard wording',
      { alertLabel: undefined, alertLevel: 5 },
      { label: '緊急安全確保', level: 5 },
      [note('alertLabel', 'missing', 'standardWording')],
    ],
    [
      'label blank: standard wording',
      { alertLabel: ' ', alertLevel: 3 },
      { label: '高齢者等避難' },
      [note('alertLabel', 'empty', 'standardWording')],
    ],
    [
      'new wording kept apart from the level',
      { alertLabel: '避難指示（土砂災害）' },
      { label: '避難指示（土砂災害）', level: 4 },
      [],
    ],
    [
      'broken liftedAt dropped: still in force',
      { liftedAt: 'later' },
      { liftedAt: undefined },
      [ignored('liftedAt', 'notDateTime', 'later')],
    ],
    [
      'negative persons dropped',
      { targetPersons: -1 },
      { targetPersons: undefined, targetHouseholds: 1200 },
      [ignored('targetPersons', 'negative', -1)],
    ],
    [
      'unknown hazard ignored',
      { hazardTypes: ['landslide', 'volcano'] },
      { hazardTypes: ['landslide'] },
      [ignored('hazardTypes', 'unknownValue', 'volcano')],
    ],
    ['6-digit code', { localGovernmentCode: '422100' }, { municipalityCode: '42210' }, []],
  ])('keeps the order: %s', (_label, patch, expected, warnings) => {
    const r = info(patch);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const [key, value] of Object.entries(expected)) {
      if (value === undefined) expect(r.value).not.toHaveProperty(key);
      else expect(r.value).toHaveProperty(key, value);
    }
    expect(notes(r.warnings)).toEqual(warnings);
  });
});

describe('validateFeed with overlays', () => {
  it('keeps repaired overlays, counts warnings and skips', () => {
    const entities = [
      flat('EvacuationShelter', 'urn:1', goodOverlay),
      flat('EvacuationShelter', 'urn:2', { ...goodOverlay, openingStatus: '準備中' }),
      flat('EvacuationShelter', 'urn:3', { ...goodOverlay, evacueeTotal: -1 }),
      flat('EvacuationShelter', 'urn:4', { openingStatus: 'open' }),
    ];
    // The entities are already flat: "flattening" finds the same object again.
    const out = validateFeed(
      entities,
      'EvacuationShelter',
      (raw) => {
        const entity = entities.find((e) => e === raw);
        return entity ? { ok: true, entity } : { ok: false, reason: 'not an entity' };
      },
      parseEvacuationShelter,
    );
    expect(out.items.map((o) => [o.id, o.openingStatus])).toEqual([
      ['urn:1', 'open'],
      ['urn:2', 'unknown'],
      ['urn:3', 'open'],
    ]);
    // Counted by what went wrong; the values received are kept apart.
    const unknown = encodeNote(note('openingStatus', 'unknownValue', 'shownAsUnknown'));
    const negative = encodeNote(note('evacueeTotal', 'negative', 'ignored'));
    expect(out.report).toMatchObject({
      accepted: 3,
      skipped: 1,
      warnings: { [unknown]: 1, [negative]: 1 },
      values: { [unknown]: ['準備中'], [negative]: ['-1'] },
    });
    expect(Object.keys(out.report.skipReasons)).toEqual([
      encodeNote(note('', 'noIdentity', 'skipped')),
    ]);
    expect(out.items.map((o) => o.invalidFields)).toEqual([undefined, undefined, ['evacueeTotal']]);
  });
});
