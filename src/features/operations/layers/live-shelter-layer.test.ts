import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../map/testing/accessor';
import type { Color } from '@deck.gl/core';
import type { OccupancyBand, OpeningStatus } from '../../../domain/live';
import type { LngLat } from '../../../domain/types';
import type { LiveShelter } from '../model/join';
import { master, overlay } from '../model/test-data';
import { drawOrder, liveShelterLayer, placedShelters, shelterRadius } from './live-shelter-layer';

interface Spec {
  /** Facility serial (5 digits) and type digits (3): the 共通ID is E42201 + serial + type. */
  serial?: string;
  type?: string;
  status?: OpeningStatus;
  band?: OccupancyBand;
  capacity?: number;
  /** false: an overlay that matched no master, so it has no location. */
  placed?: boolean;
  at?: LngLat;
}

function live(spec: Spec = {}): LiveShelter {
  const key = `E42201${spec.serial ?? '00001'}${spec.type ?? '111'}`;
  const m = spec.placed === false ? undefined : master(key, spec.at ? { location: spec.at } : {});
  return {
    key,
    overlay: overlay(`urn:ngsi-ld:EvacuationShelter:${key}`, {
      openingStatus: spec.status ?? 'open',
      nationalShelterId: key,
    }),
    municipalityCode: '42201',
    band: spec.band ?? 'vacant',
    flags: { overCapacity: false },
    ...(m && { master: m, location: m.location }),
    ...(spec.capacity !== undefined && { capacity: spec.capacity }),
  };
}

/** BAND_COLORS of src/ui/color/bands.ts, written out independently. */
const FILL: Record<OccupancyBand, Color> = {
  vacant: [0, 158, 115, 255],
  somewhatCrowded: [240, 228, 66, 255],
  crowded: [230, 159, 0, 255],
  full: [213, 94, 0, 255],
  closed: [150, 150, 150, 200],
  unknown: [255, 255, 255, 255],
};
const RING_OPEN: Color = [20, 20, 20, 255];
const RING_CLOSED: Color = [90, 90, 90, 160];
const RING_SELECTED: Color = [0, 0, 0, 255];

describe('placedShelters', () => {
  const a = live({ serial: '00001' });
  const b = live({ serial: '00002', placed: false });
  const c = live({ serial: '00003', status: 'closed', band: 'closed' });
  const d = live({ serial: '00004', placed: false, status: 'closed', band: 'closed' });
  it.each<[string, LiveShelter[], LiveShelter[]]>([
    ['none', [], []],
    ['all placed', [a, c], [a, c]],
    ['none placed', [b, d], []],
    ['unplaced dropped, order kept', [d, c, b, a], [c, a]],
  ])('%s', (_label, input, expected) => {
    expect(placedShelters(input)).toEqual(expected);
  });
});

describe('shelterRadius', () => {
  // Open: 3 + √(capacity ?? 50) / 4.5, +1.5 at the full band, at most 10. Not open: 2.
  const SQRT50 = Math.sqrt(50); // 7.0711…: the stand-in capacity when none is known
  it.each<[string, Spec, number]>([
    ['closed', { status: 'closed', band: 'closed', capacity: 400 }, 2],
    ['closed, no capacity', { status: 'closed', band: 'closed' }, 2],
    ['unknown status', { status: 'unknown', band: 'unknown', capacity: 81 }, 2],
    ['open, capacity 81: 3 + 9/4.5', { capacity: 81 }, 5],
    ['open, capacity 0: 3', { capacity: 0 }, 3],
    ['open, capacity unknown: as if 50', {}, 3 + SQRT50 / 4.5],
    ['open, capacity 324: 3 + 18/4.5', { capacity: 324, band: 'crowded' }, 7],
    ['open, capacity 900: 3 + 30/4.5', { capacity: 900, band: 'somewhatCrowded' }, 3 + 30 / 4.5],
    ['open at the full band, capacity 81: 5 + 1.5', { capacity: 81, band: 'full' }, 6.5],
    ['reported full (open), capacity 81', { status: 'full', band: 'full', capacity: 81 }, 6.5],
    ['reported full, capacity unknown', { status: 'full', band: 'full' }, 3 + SQRT50 / 4.5 + 1.5],
    ['open, capacity 324 at the full band: 7 + 1.5', { capacity: 324, band: 'full' }, 8.5],
    ['open, capacity 729: 3 + 27/4.5 = 9', { capacity: 729 }, 9],
    ['open, capacity 729 at the full band: 10.5 capped to 10', { capacity: 729, band: 'full' }, 10],
    ['open, capacity 1296: 3 + 36/4.5 = 11 capped to 10', { capacity: 1296 }, 10],
    ['open, band unknown (no numbers), capacity 81', { band: 'unknown', capacity: 81 }, 5],
  ])('%s', (_label, spec, radius) => {
    expect(shelterRadius(live(spec))).toBeCloseTo(radius, 10);
  });
});

describe('drawOrder', () => {
  const open1 = live({ serial: '00001' });
  const closed1 = live({ serial: '00002', status: 'closed', band: 'closed' });
  const full1 = live({ serial: '00003', status: 'full', band: 'full' });
  const unknown1 = live({ serial: '00004', status: 'unknown', band: 'unknown' });
  const closed2 = live({ serial: '00005', status: 'closed', band: 'closed' });
  const openUnplaced = live({ serial: '00006', placed: false });
  const closedUnplaced = live({ serial: '00007', status: 'closed', band: 'closed', placed: false });

  it.each<[string, LiveShelter[], LiveShelter[]]>([
    ['empty', [], []],
    ['already closed first', [closed1, open1], [closed1, open1]],
    ['open moved after closed', [open1, closed1], [closed1, open1]],
    ['reported full counts as open', [full1, closed1], [closed1, full1]],
    ['unknown status counts as not open', [open1, unknown1], [unknown1, open1]],
    [
      'stable within each group',
      [open1, closed1, full1, unknown1, closed2],
      [closed1, unknown1, closed2, open1, full1],
    ],
    ['unplaced dropped', [openUnplaced, open1, closedUnplaced, closed1], [closed1, open1]],
    ['only unplaced: none', [openUnplaced, closedUnplaced], []],
  ])('%s', (_label, input, expected) => {
    const before = [...input];
    expect(drawOrder(input)).toEqual(expected);
    expect(input).toEqual(before);
  });
});

describe('liveShelterLayer', () => {
  const DATA = [
    live({ serial: '00001', at: [129.9, 32.8] }),
    live({ serial: '00002', status: 'closed', band: 'closed' }),
  ];

  describe('fixed props', () => {
    const layer = liveShelterLayer(DATA, null, 1);
    it.each<[string, unknown, unknown]>([
      ['id', layer.id, 'live-shelters'],
      ['pickable', layer.props.pickable, true],
      ['stroked', layer.props.stroked, true],
      ['radiusUnits', layer.props.radiusUnits, 'pixels'],
      ['lineWidthUnits', layer.props.lineWidthUnits, 'pixels'],
      ['radiusMinPixels', layer.props.radiusMinPixels, 1.5],
      ['radiusScale (zoomFactor defaults to 1)', layer.props.radiusScale, 1],
      ['lineWidthScale (zoomFactor defaults to 1)', layer.props.lineWidthScale, 1],
    ])('%s', (_label, actual, expected) => {
      expect(actual).toEqual(expected);
    });

    it('draws the shelters it is given, as given', () => {
      expect(layer.props.data).toBe(DATA);
    });

    it('places a shelter at its master location', () => {
      expect(evaluate(layer.props.getPosition, DATA[0]!)).toEqual([129.9, 32.8]);
    });
  });

  it.each<[number]>([[1], [0.5], [0.25]])('zoomFactor %d is the radius and width scale', (z) => {
    const layer = liveShelterLayer(DATA, null, 1, z);
    expect(layer.props.radiusScale).toBe(z);
    expect(layer.props.lineWidthScale).toBe(z);
  });

  describe('fill by band', () => {
    it.each<[OccupancyBand, OpeningStatus]>([
      ['vacant', 'open'],
      ['somewhatCrowded', 'open'],
      ['crowded', 'open'],
      ['full', 'open'],
      ['full', 'full'],
      ['closed', 'closed'],
      ['unknown', 'unknown'],
      ['unknown', 'open'],
    ])('band %s (status %s)', (band, status) => {
      const s = live({ band, status });
      const layer = liveShelterLayer([s], null, 1);
      expect(evaluate(layer.props.getFillColor, s)).toEqual(FILL[band]);
    });

    it.each<[OccupancyBand]>([['vacant'], ['full']])(
      'selection does not change the fill (band %s)',
      (band) => {
        const s = live({ band });
        const layer = liveShelterLayer([s], 'E4220100001', 1);
        expect(evaluate(layer.props.getFillColor, s)).toEqual(FILL[band]);
      },
    );
  });

  describe('ring colour and width', () => {
    it.each<[string, Spec, string | null, number, Color, number]>([
      // label, shelter, selectedKey, scale, ring colour, line width
      ['open vacant', {}, null, 1, RING_OPEN, 1.2],
      ['open crowded', { band: 'crowded' }, null, 1, RING_OPEN, 1.2],
      ['open at the full band', { band: 'full' }, null, 1, RING_OPEN, 2.2],
      ['reported full', { status: 'full', band: 'full' }, null, 1, RING_OPEN, 2.2],
      ['closed', { status: 'closed', band: 'closed' }, null, 1, RING_CLOSED, 0.6],
      ['unknown status', { status: 'unknown', band: 'unknown' }, null, 1, RING_CLOSED, 0.6],
      ['open vacant at scale 2', {}, null, 2, RING_OPEN, 2.4],
      ['full at scale 2', { band: 'full' }, null, 2, RING_OPEN, 4.4],
      ['closed at scale 2', { status: 'closed', band: 'closed' }, null, 2, RING_CLOSED, 1.2],
      ['selected open', {}, 'E4220100001', 1, RING_SELECTED, 3],
      ['selected full', { band: 'full' }, 'E4220100001', 1, RING_SELECTED, 3],
      ['selected closed', { status: 'closed', band: 'closed' }, 'E4220100001', 1, RING_SELECTED, 3],
      ['selected at scale 2', {}, 'E4220100001', 2, RING_SELECTED, 6],
      [
        'selected by facility key: a welfare designation of the same facility',
        { type: '112' },
        'E4220100001',
        1,
        RING_SELECTED,
        3,
      ],
      ['another facility selected', { serial: '00002' }, 'E4220100001', 1, RING_OPEN, 1.2],
      [
        'the full 14-character 共通ID is not a facility key',
        {},
        'E4220100001111',
        1,
        RING_OPEN,
        1.2,
      ],
    ])('%s', (_label, spec, selectedKey, scale, ring, width) => {
      const s = live(spec);
      const layer = liveShelterLayer([s], selectedKey, scale);
      expect(evaluate(layer.props.getLineColor, s)).toEqual(ring);
      expect(evaluate(layer.props.getLineWidth, s)).toBeCloseTo(width, 10);
    });
  });

  describe('radius: shelterRadius × scale (cap before the scale)', () => {
    it.each<[string, Spec, number, number]>([
      ['closed at scale 1', { status: 'closed', band: 'closed' }, 1, 2],
      ['closed at scale 2', { status: 'closed', band: 'closed' }, 2, 4],
      ['open, capacity 81, scale 2: 5 × 2', { capacity: 81 }, 2, 10],
      ['full, capacity 81, scale 1.5: 6.5 × 1.5', { capacity: 81, band: 'full' }, 1.5, 9.75],
      ['capped 10 × scale 2', { capacity: 1296 }, 2, 20],
    ])('%s', (_label, spec, scale, radius) => {
      const s = live(spec);
      const layer = liveShelterLayer([s], null, scale);
      expect(evaluate(layer.props.getRadius, s)).toBeCloseTo(radius, 10);
    });
  });

  it.each<[string | null, number]>([
    [null, 1],
    ['E4220100001', 2],
  ])('update triggers for selected %s at scale %d', (selectedKey, scale) => {
    const layer = liveShelterLayer(DATA, selectedKey, scale);
    expect(layer.props.updateTriggers).toEqual({
      getRadius: [scale],
      getLineColor: [selectedKey],
      getLineWidth: [selectedKey, scale],
    });
  });
});
