/**
 * Hand-picked places whose side of the sea is known, to verify the island classification
 * (scripts/island-parts.ts) every time the reference data is rebuilt.
 */
import type { MultiPolygonRings } from '../src/domain/geo';
import { isIslandAt } from '../src/features/operations/model/islands';

/** [label, municipality, lon, lat, island?] — lon/lat from GSI maps, rounded. */
export const KNOWN_PLACES: ReadonlyArray<readonly [string, string, number, number, boolean]> = [
  ['平戸市役所 (Hirado island)', '42207', 129.5536, 33.3681, true],
  ['生月島 (Ikitsuki)', '42207', 129.4283, 33.3831, true],
  ['度島 (Takushima)', '42207', 129.5283, 33.4175, true],
  ['田平町 (Tabira, mainland)', '42207', 129.6052, 33.3453, false],
  ['佐世保市役所', '42202', 129.7237, 33.18, false],
  ['宇久島 (Uku)', '42202', 129.1275, 33.2678, true],
  ['黒島 (Sasebo)', '42202', 129.5397, 33.1467, true],
  ['松浦市役所', '42208', 129.7092, 33.3411, false],
  ['福島 (Matsuura)', '42208', 129.8133, 33.3714, true],
  ['鷹島 (Matsuura)', '42208', 129.7547, 33.4311, true],
  ['島原市役所 (Shimabara peninsula)', '42203', 130.3706, 32.7881, false],
  ['南島原市 口之津', '42214', 130.1939, 32.6092, false],
  ['長崎市役所', '42201', 129.8739, 32.75, false],
  ['高島 (Nagasaki)', '42201', 129.7597, 32.6586, true],
  ['諫早市役所', '42204', 130.0531, 32.8439, false],
  ['西海市 大島', '42212', 129.6244, 33.0494, true],
];

/** Throws on the first place on the wrong side, so a bad rebuild never ships. */
export function checkKnownPlaces(
  byCode: ReadonlyMap<string, MultiPolygonRings>,
  islandParts: ReadonlyMap<string, readonly boolean[]>,
): string[] {
  const lines: string[] = [];
  for (const [label, code, lon, lat, expected] of KNOWN_PLACES) {
    const got = isIslandAt([lon, lat], code, { byCode, islandParts });
    if (got !== expected) {
      throw new Error(
        `island check: ${label} should be ${expected ? 'island' : 'mainland'}, got ${String(got)}`,
      );
    }
    lines.push(`  ok ${expected ? 'island  ' : 'mainland'} ${label}`);
  }
  return lines;
}
