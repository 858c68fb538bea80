import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../map/testing/accessor';
import type { Color } from '@deck.gl/core';
import type { Designation, FacilityRole, LngLat } from '../../../domain/types';
import { facilityKeyOf, type Facility } from '../model/facilities';
import { master } from '../model/test-data';
import { ROLE_COLORS, facilityLayer, visibleFacilities } from './facility-layer';

/** The Okabe–Ito hues of the module's comments, written out independently. */
const GREEN: Color = [0, 158, 115, 255];
const BLUE: Color = [0, 114, 178, 255];
const VERMILLION: Color = [213, 94, 0, 255];
const YELLOW: Color = [240, 228, 66, 255];
const WHITE: Color = [255, 255, 255, 255];
const DARK: Color = [40, 40, 40, 200];
const SLATE: Color = [70, 90, 110, 210];
const FAINT: Color = [170, 170, 170, 90];
const NEUTRAL: Color = [110, 120, 130, 160];

const TYPE_DIGITS: Record<FacilityRole, string> = { site: '201', shelter: '111', welfare: '112' };

/** One designation per role, sharing the facility's 11-character key (as buildFacilities groups). */
function designationsOf(key: string, roles: readonly FacilityRole[], at: LngLat): Designation[] {
  return roles.map((role): Designation => {
    const nationalShelterId = `${key}${TYPE_DIGITS[role]}`;
    if (role === 'site')
      return {
        kind: 'site',
        nationalShelterId,
        name: `場所 ${key.slice(6)}`,
        address: '長崎県長崎市',
        municipalityCode: key.slice(1, 6),
        location: at,
        hazardTypes: ['flood'],
      };
    return master(nationalShelterId, {
      location: at,
      shelterType: role === 'welfare' ? 'welfare' : 'general',
    });
  });
}

/**
 * A facility as buildFacilities would give it; `primaryRole` and `alsoSite` are written by the
 * caller from the rules in facilities.ts (welfare over shelter over site; a site plus another).
 */
function facility(
  serial: string,
  roles: FacilityRole[],
  primaryRole: FacilityRole,
  alsoSite: boolean,
  location: LngLat = [129.87, 32.75],
): Facility {
  const key = `E42201${serial}`;
  const designations = designationsOf(key, roles, location);
  return {
    name: `施設 ${serial}`,
    address: '長崎県長崎市',
    municipalityCode: '42201',
    placed: designations[0]!, // every designation here is at `location`
    roles,
    primaryRole,
    alsoSite,
    hazardTypes: roles.includes('site') ? ['flood'] : [],
    designations,
  };
}

const SITE = facility('00001', ['site'], 'site', false, [129.8, 32.7]);
const SHELTER = facility('00002', ['shelter'], 'shelter', false, [129.81, 32.71]);
const WELFARE = facility('00003', ['welfare'], 'welfare', false, [129.82, 32.72]);
const SHELTER_SITE = facility('00004', ['shelter', 'site'], 'shelter', true, [129.83, 32.73]);
const ALL_ROLES = facility('00005', ['welfare', 'shelter', 'site'], 'welfare', true);
const WELFARE_SHELTER = facility('00006', ['welfare', 'shelter'], 'welfare', false);
const FACILITIES = [SITE, SHELTER, WELFARE, SHELTER_SITE, ALL_ROLES, WELFARE_SHELTER];

describe('visibleFacilities', () => {
  it.each<[string, FacilityRole[], Facility[]]>([
    ['nothing hidden: all', [], FACILITIES],
    [
      'sites hidden: only the site-only facility goes',
      ['site'],
      [SHELTER, WELFARE, SHELTER_SITE, ALL_ROLES, WELFARE_SHELTER],
    ],
    [
      'shelters hidden: the site and welfare roles keep theirs',
      ['shelter'],
      [SITE, WELFARE, SHELTER_SITE, ALL_ROLES, WELFARE_SHELTER],
    ],
    ['welfare hidden', ['welfare'], [SITE, SHELTER, SHELTER_SITE, ALL_ROLES, WELFARE_SHELTER]],
    [
      'sites and shelters hidden: only what holds a welfare role',
      ['site', 'shelter'],
      [WELFARE, ALL_ROLES, WELFARE_SHELTER],
    ],
    [
      'shelters and welfare hidden: only what holds a site role',
      ['shelter', 'welfare'],
      [SITE, SHELTER_SITE, ALL_ROLES],
    ],
    ['every role hidden: none', ['site', 'shelter', 'welfare'], []],
    [
      'a role listed twice counts once',
      ['site', 'site'],
      [SHELTER, WELFARE, SHELTER_SITE, ALL_ROLES, WELFARE_SHELTER],
    ],
  ])('%s', (_label, hidden, expected) => {
    expect(visibleFacilities(FACILITIES, hidden)).toEqual(expected);
  });

  it.each<[string, FacilityRole[]]>([
    ['nothing hidden', []],
    ['a role hidden', ['welfare']],
  ])('returns a new array, leaving the input alone (%s)', (_label, hidden) => {
    const input = [...FACILITIES];
    const out = visibleFacilities(input, hidden);
    expect(out).not.toBe(input);
    expect(input).toEqual(FACILITIES);
  });

  it.each<[string, FacilityRole[]]>([
    ['nothing hidden', []],
    ['every role hidden', ['site', 'shelter', 'welfare']],
  ])('an empty list stays empty (%s)', (_label, hidden) => {
    expect(visibleFacilities([], hidden)).toEqual([]);
  });
});

describe('ROLE_COLORS', () => {
  it.each<[FacilityRole, Color]>([
    ['site', GREEN],
    ['shelter', BLUE],
    ['welfare', VERMILLION],
  ])('%s is the Okabe–Ito hue %j', (role, color) => {
    expect(ROLE_COLORS[role]).toEqual(color);
  });
});

describe('facilityLayer', () => {
  describe('fixed props', () => {
    const layer = facilityLayer({ facilities: FACILITIES, selectedKey: null, scale: 1 });
    it.each<[string, unknown, unknown]>([
      ['id', layer.id, 'facilities'],
      ['pickable', layer.props.pickable, true],
      ['stroked', layer.props.stroked, true],
      ['radiusUnits', layer.props.radiusUnits, 'pixels'],
      ['lineWidthUnits', layer.props.lineWidthUnits, 'pixels'],
      ['radiusMinPixels', layer.props.radiusMinPixels, 1.5],
      ['radiusScale (zoomFactor defaults to 1)', layer.props.radiusScale, 1],
      ['lineWidthScale (zoomFactor defaults to 1)', layer.props.lineWidthScale, 1],
      ['visible', layer.props.visible, true],
    ])('%s', (_label, actual, expected) => {
      expect(actual).toEqual(expected);
    });

    it('draws the facilities it is given, as given', () => {
      expect(layer.props.data).toBe(FACILITIES);
    });

    it.each<[string, Facility, [number, number]]>([
      ['site', SITE, [129.8, 32.7]],
      ['shelter', SHELTER, [129.81, 32.71]],
      ['shelter + site', SHELTER_SITE, [129.83, 32.73]],
    ])('places the %s at its location', (_label, f, position) => {
      expect(evaluate(layer.props.getPosition, f)).toEqual(position);
    });
  });

  describe('quiet day (no context): colour by primary role', () => {
    it.each<[string, Facility, number, Color, number, Color, number]>([
      // label, facility, scale, fill, radius, line colour, line width
      ['site', SITE, 1, GREEN, 4, DARK, 0.8],
      ['shelter', SHELTER, 1, BLUE, 5, DARK, 0.8],
      ['welfare', WELFARE, 1, VERMILLION, 5, DARK, 0.8],
      ['shelter that is also a site', SHELTER_SITE, 1, BLUE, 5, WHITE, 1.6],
      ['welfare + shelter + site', ALL_ROLES, 1, VERMILLION, 5, WHITE, 1.6],
      ['welfare + shelter (no site)', WELFARE_SHELTER, 1, VERMILLION, 5, DARK, 0.8],
      ['site on a 4K wall', SITE, 2, GREEN, 8, DARK, 1.6],
      ['shelter on a 4K wall', SHELTER, 2, BLUE, 10, DARK, 1.6],
      ['shelter + site on a 4K wall', SHELTER_SITE, 2, BLUE, 10, WHITE, 3.2],
      ['welfare at scale 1.5', WELFARE, 1.5, VERMILLION, 7.5, DARK, 1.2],
    ])('%s at scale %d', (_label, f, scale, fill, radius, lineColor, lineWidth) => {
      const layer = facilityLayer({ facilities: FACILITIES, selectedKey: null, scale });
      expect(evaluate(layer.props.getFillColor, f)).toEqual(fill);
      expect(evaluate(layer.props.getRadius, f)).toBeCloseTo(radius);
      expect(evaluate(layer.props.getLineColor, f)).toEqual(lineColor);
      expect(evaluate(layer.props.getLineWidth, f)).toBeCloseTo(lineWidth);
    });
  });

  describe('the selected facility: yellow, radius 9 × scale', () => {
    it.each<[string, Facility, number, boolean, Color, number]>([
      // label, facility, scale, in event context, line colour, line width
      ['site, quiet day', SITE, 1, false, DARK, 0.8],
      ['shelter + site, quiet day (white ring kept)', SHELTER_SITE, 1, false, WHITE, 1.6],
      ['welfare at scale 2, quiet day', WELFARE, 2, false, DARK, 1.6],
      ['shelter, event context', SHELTER, 1, true, DARK, 0],
      ['shelter + site at scale 2, event context', SHELTER_SITE, 2, true, DARK, 0],
    ])('%s', (_label, f, scale, inContext, lineColor, lineWidth) => {
      const layer = facilityLayer({
        facilities: FACILITIES,
        selectedKey: facilityKeyOf(f),
        scale,
        ...(inContext && { context: { designated: () => false } }),
      });
      expect(evaluate(layer.props.getFillColor, f)).toEqual(YELLOW);
      expect(evaluate(layer.props.getRadius, f)).toBeCloseTo(9 * scale);
      expect(evaluate(layer.props.getLineColor, f)).toEqual(lineColor);
      expect(evaluate(layer.props.getLineWidth, f)).toBeCloseTo(lineWidth);
    });

    it.each<[string, boolean, Facility, Color, number]>([
      ['quiet day: a shelter', false, SHELTER, BLUE, 5],
      ['quiet day: a site', false, SITE, GREEN, 4],
      ['event context: not designated', true, SITE, FAINT, 2.5],
    ])('others keep their look (%s)', (_label, inContext, other, fill, radius) => {
      const layer = facilityLayer({
        facilities: FACILITIES,
        selectedKey: facilityKeyOf(WELFARE),
        scale: 1,
        ...(inContext && { context: { designated: () => false } }),
      });
      expect(evaluate(layer.props.getFillColor, other)).toEqual(fill);
      expect(evaluate(layer.props.getRadius, other)).toBeCloseTo(radius);
    });
  });

  describe('event-time context: designated / other / neutral', () => {
    const judged = new Map<string, boolean | undefined>([
      [facilityKeyOf(SITE), true],
      [facilityKeyOf(SHELTER), false],
      [facilityKeyOf(WELFARE), undefined],
      [facilityKeyOf(SHELTER_SITE), true],
      [facilityKeyOf(ALL_ROLES), false],
    ]);
    const context = { designated: (f: Facility) => judged.get(facilityKeyOf(f)) };

    it.each<[string, Facility, number, Color, number]>([
      // label, facility, scale, fill, radius (2.5 × scale)
      ['designated site', SITE, 1, SLATE, 2.5],
      ['not-designated shelter', SHELTER, 1, FAINT, 2.5],
      ['welfare with no hazard to judge', WELFARE, 1, NEUTRAL, 2.5],
      ['designated shelter + site', SHELTER_SITE, 1, SLATE, 2.5],
      ['not-designated welfare + shelter + site', ALL_ROLES, 1, FAINT, 2.5],
      ['designated site at scale 2', SITE, 2, SLATE, 5],
      ['neutral welfare at scale 2', WELFARE, 2, NEUTRAL, 5],
    ])('%s', (_label, f, scale, fill, radius) => {
      const layer = facilityLayer({ facilities: FACILITIES, selectedKey: null, scale, context });
      expect(evaluate(layer.props.getFillColor, f)).toEqual(fill);
      expect(evaluate(layer.props.getRadius, f)).toBeCloseTo(radius);
      // No role colouring in context: no white ring for also-site, and no ring at all.
      expect(evaluate(layer.props.getLineColor, f)).toEqual(DARK);
      expect(evaluate(layer.props.getLineWidth, f)).toBe(0);
    });
  });

  describe('visibility and zoom', () => {
    const context = { designated: () => true };
    it.each<[string, boolean, number | undefined, boolean]>([
      ['quiet day, default zoom', false, undefined, true],
      ['quiet day, full zoom', false, 1, true],
      ['quiet day, wide view', false, 0.3, true],
      ['quiet day, at the threshold', false, 0.45, true],
      ['context, default zoom', true, undefined, true],
      ['context, full zoom', true, 1, true],
      ['context, just above the threshold', true, 0.46, true],
      ['context, at the threshold', true, 0.45, false],
      ['context, wide view', true, 0.3, false],
      ['context, zero', true, 0, false],
    ])('%s: visible %s', (_label, inContext, zoomFactor, visible) => {
      const layer = facilityLayer({
        facilities: FACILITIES,
        selectedKey: null,
        scale: 1,
        ...(zoomFactor !== undefined && { zoomFactor }),
        ...(inContext && { context }),
      });
      expect(layer.props.visible).toBe(visible);
    });

    it.each<[number]>([[1], [0.6], [0.3]])(
      'zoomFactor %d scales radius and line width as uniforms',
      (zoomFactor) => {
        const layer = facilityLayer({
          facilities: FACILITIES,
          selectedKey: null,
          scale: 2,
          zoomFactor,
        });
        expect(layer.props.radiusScale).toBe(zoomFactor);
        expect(layer.props.lineWidthScale).toBe(zoomFactor);
        // The per-facility radius itself does not depend on the zoom: 5 × scale 2.
        expect(evaluate(layer.props.getRadius, SHELTER)).toBe(10);
      },
    );
  });

  describe('update triggers', () => {
    const context = { designated: () => true };
    it.each<[string, string | null, number, typeof context | undefined]>([
      ['quiet day, nothing selected', null, 1, undefined],
      ['quiet day, one selected at scale 2', facilityKeyOf(SHELTER), 2, undefined],
      ['event context', facilityKeyOf(SITE), 1.5, context],
    ])('%s', (_label, selectedKey, scale, ctx) => {
      const layer = facilityLayer({
        facilities: FACILITIES,
        selectedKey,
        scale,
        ...(ctx && { context: ctx }),
      });
      expect(layer.props.updateTriggers).toEqual({
        getRadius: [selectedKey, scale, ctx],
        getFillColor: [selectedKey, ctx],
        getLineColor: [ctx],
        getLineWidth: [scale, ctx],
      });
    });
  });
});
