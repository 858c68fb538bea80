import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inMultiPolygon, type MultiPolygonRings } from '../../../domain/geo';
import { PREFECTURES, getPrefecture, prefectureName } from '../../../domain/prefectures';
import { presetBounds } from '../../../domain/presets';
import {
  GATEWAY,
  NEAR_DEG,
  PREFECTURE_CENTRE,
  bearingOf,
  gatewaySlots,
  layoutOrigins,
  type OriginPlace,
} from './anchors';
import { boxesOverlap, estimateTextWidth, fitProjection, labelBox } from './label-geometry';

/** The shipped context land (scripts/build-land.ts), as the basemap draws it. */
const land = (
  JSON.parse(readFileSync('public/data/land-context.geojson', 'utf8')) as {
    features: Array<{ geometry: { coordinates: MultiPolygonRings } }>;
  }
).features[0]!.geometry.coordinates;

const ALL_OTHERS = PREFECTURES.map((p) => p.code).filter((c) => c !== '42');

/** Origin sets: what the mock sends, the big cities stacked on one point before, the worst case. */
const CASES: ReadonlyArray<[string, readonly string[]]> = [
  [
    'the mock day (Kyushu neighbours, Tokyo, Osaka, Aichi, Kanagawa)',
    ['40', '41', '43', '13', '27', '23', '14'],
  ],
  ['Aichi, Osaka, Tokyo and Kanagawa', ['23', '27', '13', '14']],
  ['the rest of Kyushu and Okinawa', ['40', '41', '43', '44', '45', '46', '47']],
  ['one far prefecture', ['01']],
  ['all 46 other prefectures', ALL_OTHERS],
];

/**
 * The prefecture view: the map area of the desk at 1920×1080 (the side panel takes the rest)
 * and of the wall at 3840×2160, where names are drawn at twice the size. MapLibre frames the
 * preset with 24 px of padding.
 */
const FRAMES = [
  { name: 'desk 1920×1080', width: 1470, height: 920, scale: 1 },
  { name: 'wall 3840×2160', width: 2940, height: 1990, scale: 2 },
] as const;

const LANGS = ['ja', 'en'] as const;

describe('layoutOrigins', () => {
  it.each(CASES)('%s: every origin gets its own anchor on land', (_name, codes) => {
    const places = layoutOrigins(codes);
    expect([...places.keys()].sort()).toEqual([...codes].sort());
    const spots = [...places.values()].map((p) => p.anchor.join());
    expect(new Set(spots).size).toBe(spots.length);
    for (const p of places.values())
      expect([p.code, inMultiPolygon(p.anchor, land)]).toEqual([p.code, true]);
  });

  describe.each(FRAMES)('$name', ({ width, height, scale }) => {
    const project = fitProjection(presetBounds('prefecture'), width, height, 24);
    it.each(CASES.flatMap(([name, codes]) => LANGS.map((lang) => [name, codes, lang] as const)))(
      '%s (%s): no two names overlap, each on the map',
      (_name, codes, lang) => {
        const boxes = [...layoutOrigins(codes).values()].map((p: OriginPlace) => ({
          code: p.code,
          box: labelBox(
            project(p.anchor),
            p.label,
            estimateTextWidth(prefectureName(p.code, lang), 12 * scale),
            scale,
          ),
        }));
        const clashes = boxes.flatMap((a, i) =>
          boxes
            .slice(i + 1)
            .flatMap((b) => (boxesOverlap(a.box, b.box) ? [`${a.code}/${b.code}`] : [])),
        );
        expect(clashes).toEqual([]);
        // Only the worst case may reach the bottom of the map, where the time bar lies.
        const timeBar = 110 * scale;
        const inside = boxes.filter(
          ({ box }) =>
            box.left >= 0 && box.right <= width && box.top >= 0 && box.bottom <= height - timeBar,
        );
        if (codes.length <= GATEWAY.shown) expect(inside).toHaveLength(boxes.length);
      },
    );
  });

  it('puts Fukuoka, Saga and Kumamoto at their offices, the others in the gateway column', () => {
    const places = layoutOrigins(['40', '41', '43', '13']);
    expect(places.get('40')).toEqual({ code: '40', anchor: [130.42, 33.61], label: 'above' });
    expect(places.get('41')!.label).toBe('above');
    expect(places.get('43')!.label).toBe('above');
    expect(places.get('13')!.label).toBe('right');
    expect(places.get('13')!.anchor[0]).toBe(GATEWAY.lons[0]);
  });

  it('keeps the true order of directions: north of east at the top, Okinawa at the bottom', () => {
    const codes = ['47', '46', '01', '13', '27', '44', '23'];
    const places = layoutOrigins(codes);
    // Bearings of the offices themselves, east = 0°, north = 90°.
    const bearing = (code: string) => {
      const [lon, lat] = getPrefecture(code)!.office;
      return Math.atan2(lat - 33.25, (lon - 129.65) * Math.cos((33.25 * Math.PI) / 180));
    };
    const byBearing = [...codes].sort((a, b) => bearing(b) - bearing(a));
    const lats = byBearing.map((c) => places.get(c)!.anchor[1]);
    expect(lats).toEqual([...lats].sort((a, b) => b - a));
    expect(byBearing.at(-1)).toBe('47');
    // Tokyo comes in from the east-north-east: its row lies north of the prefecture's centre.
    expect(places.get('13')!.anchor[1]).toBeGreaterThan(PREFECTURE_CENTRE[1]);
    expect(bearingOf(places.get('47')!.anchor)).toBeLessThan(0);
  });

  it('places each prefecture where the set puts it, whatever the order it is given in', () => {
    const a = layoutOrigins(['13', '27', '23', '14']);
    const b = layoutOrigins(['14', '23', '27', '13']);
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
  });

  it('leaves out Nagasaki itself and unknown codes', () => {
    expect([...layoutOrigins(['42', '99', '']).keys()]).toEqual([]);
  });

  it('uses offices only within the near radius', () => {
    for (const p of PREFECTURES.filter((x) => x.code !== '42')) {
      const dx =
        (p.office[0] - PREFECTURE_CENTRE[0]) * Math.cos((PREFECTURE_CENTRE[1] * Math.PI) / 180);
      const near = Math.hypot(dx, p.office[1] - PREFECTURE_CENTRE[1]) <= NEAR_DEG;
      expect([p.code, layoutOrigins([p.code]).get(p.code)!.label]).toEqual([
        p.code,
        near ? 'above' : 'right',
      ]);
    }
  });

  it('every gateway slot lies on land', () => {
    const offLand = gatewaySlots().filter((s) => !inMultiPolygon(s, land));
    expect(offLand).toEqual([]);
    expect(gatewaySlots().length).toBeGreaterThanOrEqual(ALL_OTHERS.length - 3);
  });
});
