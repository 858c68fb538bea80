// Every reason and warning of every parser reading as a note: parsers.fuzz.test.ts.
import { describe, expect, it } from 'vitest';
import { decodeNote, encodeNote, note, rawText, type FeedNote } from './notes';

describe('encodeNote / decodeNote', () => {
  it.each<FeedNote>([
    note('evacueeTotal', 'negative', 'ignored', { raw: -264 }),
    note('openingStatus', 'unknownValue', 'shownAsUnknown', { raw: 'pre"par|ing' }),
    note('', 'noIdentity', 'skipped'),
    note('statusLabel', 'tooLong', 'ignored', { param: '100' }),
  ])('round trip: %o', (n) => {
    expect(decodeNote(encodeNote(n))).toEqual(n);
  });

  it('a broken encoding is not a note', () => {
    expect(decodeNote('note:[1,2]')).toBeUndefined();
    expect(decodeNote('note:{')).toBeUndefined();
    expect(decodeNote('note:["a","nonsense","ignored",null,null]')).toBeUndefined();
  });

  it('quotes values as short printable text', () => {
    expect(rawText('a\u0000b')).toBe('a b');
    expect(rawText({ x: 1 })).toBe('{"x":1}');
    expect(rawText('x'.repeat(60))).toHaveLength(40);
  });
});

describe('reasons written as English by the older parsers', () => {
  it.each<[string, FeedNote | undefined]>([
    ['location: latitude and longitude swapped', note('location', 'swapped', 'skipped')],
    ['location: outside Nagasaki Prefecture', note('location', 'outsidePrefecture', 'skipped')],
    ['maxCapacity: negative', note('maxCapacity', 'negative', 'skipped')],
    ['name: missing', note('name', 'missing', 'skipped')],
    [
      'nationalShelterId: not a shelter 共通ID',
      note('nationalShelterId', 'notSharedId', 'skipped'),
    ],
    [
      'localGovernmentCode: not a Nagasaki municipality code',
      note('localGovernmentCode', 'notMunicipality', 'skipped'),
    ],
    [
      'type: expected EvacuationSite',
      note('type', 'wrongEntityType', 'skipped', { param: 'EvacuationSite' }),
    ],
    ['not an entity', note('', 'notEntity', 'skipped')],
    ['entity is not a JSON object', note('', 'notEntity', 'skipped')],
    ['missing or invalid id', note('id', 'invalid', 'skipped')],
    [
      'originCode: unknown code 99999',
      note('originCode', 'unknownCode', 'skipped', { raw: '99999' }),
    ],
    ['hour: Too big: expected number to be <=23', note('hour', 'outOfRange', 'skipped')],
    [
      'visitorCategory: Invalid option: expected one of "a"|"b"',
      note('visitorCategory', 'unknownValue', 'skipped'),
    ],
    ['alertLevel: not 3, 4 or 5', note('alertLevel', 'notLevel', 'skipped')],
    ['dateObserved: not a calendar date', note('dateObserved', 'notDate', 'skipped')],
    [
      'dateObservedTo: period ends before it starts',
      note('dateObservedTo', 'periodReversed', 'skipped'),
    ],
    ['name: longer than 200 characters', note('name', 'tooLong', 'skipped', { param: '200' })],
    [
      'count: Invalid input: expected number, received string',
      note('count', 'notNumber', 'skipped'),
    ],
    [
      'hazardTypes: unknown value ignored (meteor)',
      note('hazardTypes', 'unknownValue', 'skipped', { raw: 'meteor' }),
    ],
    ['shelterType: missing, taken from 共通ID', note('shelterType', 'missing', 'takenFromId')],
    [
      'shelterType: "x" disagrees with 共通ID, 共通ID used',
      note('shelterType', 'disagreesWithId', 'takenFromId', { raw: 'x' }),
    ],
    ['alertLabel: empty, standard wording used', note('alertLabel', 'empty', 'standardWording')],
    [
      'openingStatus: "preparing" shown as unknown',
      note('openingStatus', 'unknownValue', 'shownAsUnknown', { raw: 'preparing' }),
    ],
    ['something nobody writes', undefined],
  ])('%s', (text, expected) => {
    expect(decodeNote(text)).toEqual(expected);
  });
});
