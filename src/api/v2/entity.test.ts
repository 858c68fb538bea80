import { describe, expect, it } from 'vitest';
import { entityFromV2, pointFromGeoPoint } from './entity';

const T = '2026-09-01T03:00:00.000Z';
const at = (value: string) => ({ TimeInstant: { type: 'DateTime', value } });

describe('entityFromV2, normalized', () => {
  it.each<[string, unknown, unknown]>([
    // [what, v2 attribute, NGSI-LD attribute]
    [
      'a number with its TimeInstant',
      { type: 'Number', value: 120, metadata: at(T) },
      { type: 'Property', value: 120, observedAt: T },
    ],
    ['text without metadata', { type: 'Text', value: 'open' }, { type: 'Property', value: 'open' }],
    [
      'geo:json',
      { type: 'geo:json', value: { type: 'Point', coordinates: [129.87, 32.75] } },
      { type: 'GeoProperty', value: { type: 'Point', coordinates: [129.87, 32.75] } },
    ],
    [
      'geo:point is latitude first',
      { type: 'geo:point', value: '32.75, 129.87' },
      { type: 'GeoProperty', value: { type: 'Point', coordinates: [129.87, 32.75] } },
    ],
    [
      'a geo:point that is not "lat, lon" is passed on as a value to be rejected',
      { type: 'geo:point', value: 'Nagasaki' },
      { type: 'Property', value: 'Nagasaki' },
    ],
    [
      'a Relationship',
      { type: 'Relationship', value: 'DisasterEvent:2026-14' },
      { type: 'Relationship', object: 'DisasterEvent:2026-14' },
    ],
    [
      'a TimeInstant that is not a date is passed on (the live parser warns and ignores it)',
      { type: 'Number', value: 3, metadata: at('yesterday') },
      { type: 'Property', value: 3, observedAt: 'yesterday' },
    ],
  ])('%s', (_what, attr, expected) => {
    const ld = entityFromV2({ id: 'X:1', type: 'EvacuationShelter', evacueeTotal: attr }, false);
    expect(ld).toEqual({ id: 'X:1', type: 'EvacuationShelter', evacueeTotal: expected });
  });

  it('names refDisasterEvent project, a Relationship even when sent as Text', () => {
    const ld = entityFromV2(
      {
        id: 'I:1',
        type: 'EvacuationInformation',
        refDisasterEvent: { type: 'Text', value: 'E:1' },
      },
      false,
    );
    expect(ld).toEqual({
      id: 'I:1',
      type: 'EvacuationInformation',
      project: { type: 'Relationship', object: 'E:1' },
    });
  });

  it.each<[string, Record<string, unknown>, string | undefined]>([
    ['its own TimeInstant first', { dateObserved: { type: 'DateTime', value: 'D' } }, T],
    ['else the entity’s dateObserved', { dateObserved: { type: 'DateTime', value: 'D' } }, 'D'],
    ['else the entity’s dateModified', { dateModified: { type: 'DateTime', value: 'M' } }, 'M'],
    ['else none', {}, undefined],
  ])('the datum’s time: %s', (what, entityTimes, expected) => {
    const own = what.startsWith('its own') ? { metadata: at(T) } : {};
    const ld = entityFromV2(
      {
        id: 'X',
        type: 'EvacuationShelter',
        ...entityTimes,
        evacueeTotal: { type: 'Number', value: 1, ...own },
      },
      false,
    ) as Record<string, { observedAt?: string }>;
    expect(ld['evacueeTotal']?.observedAt).toBe(expected);
    expect(ld).not.toHaveProperty('dateModified');
  });
});

describe('Orion’s built-in times', () => {
  it.each([false, true])(
    'are the system attributes modifiedAt and createdAt (keyValues %s)',
    (kv) => {
      const time = (value: string) => (kv ? value : { type: 'DateTime', value });
      const ld = entityFromV2(
        {
          id: 'X',
          type: 'EvacuationSite',
          localGovernmentCode: kv ? '422011' : { type: 'Text', value: '422011' },
          dateModified: time('2025-10-26T15:00:00.000Z'),
          dateCreated: time('2025-01-01T00:00:00.000Z'),
        },
        kv,
      );
      expect(ld).toMatchObject({
        modifiedAt: '2025-10-26T15:00:00.000Z',
        createdAt: '2025-01-01T00:00:00.000Z',
      });
      expect(ld).not.toHaveProperty('dateModified');
    },
  );
});

describe('entityFromV2, key-values', () => {
  it('keeps values, reads a geo:point location latitude first, renames refDisasterEvent', () => {
    expect(
      entityFromV2(
        {
          id: 'S:1',
          type: 'EvacuationShelter',
          openingStatus: 'open',
          evacueeTotal: 12,
          location: '32.75, 129.87',
          refDisasterEvent: 'E:1',
        },
        true,
      ),
    ).toEqual({
      id: 'S:1',
      type: 'EvacuationShelter',
      openingStatus: 'open',
      evacueeTotal: 12,
      location: { type: 'Point', coordinates: [129.87, 32.75] },
      project: 'E:1',
    });
  });

  it.each<[unknown]>([[null], ['text'], [[1, 2]]])('passes a non-object on: %j', (raw) => {
    expect(entityFromV2(raw, true)).toBe(raw);
  });
});

describe('pointFromGeoPoint', () => {
  it.each<[string, [number, number] | undefined]>([
    ['32.75, 129.87', [129.87, 32.75]],
    ['32.75,129.87', [129.87, 32.75]],
    ['-33.9, 151.2', [151.2, -33.9]],
    // Swapped (lon, lat): latitude 129 is impossible, so it is not read.
    ['129.87, 32.75', undefined],
    ['32.75', undefined],
    ['', undefined],
  ])('%j → %j', (text, coordinates) => {
    expect(pointFromGeoPoint(text)?.coordinates).toEqual(coordinates);
  });
});
