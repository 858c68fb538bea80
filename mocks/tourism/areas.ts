/**
 * The 21 municipalities as the tourism generator sees them. Real: the 2019 annual visitor
 * totals of Nagasaki, Sasebo, Unzen, Tsushima and Goto (長崎県観光統計). Everything else here
 * is an assumption, documented in README.md: the other totals, the overnight shares, the
 * inbound factors, the rail shares and the rounded resident populations (2020 census order
 * of magnitude, used only to weigh where intra-prefecture visitors come from).
 */
import { MUNICIPALITIES } from '../../src/domain/municipalities';

export interface Area {
  code: string;
  code6: string;
  /** Visitors a year (観光客延べ数), thousands. */
  annualK: number;
  /** Share of visitors who stay the night. */
  overnight: number;
  /** Inbound share relative to the prefecture's (1 = the prefecture's overseas share). */
  inbound: number;
  /** Share of mainland trips to or from here made by rail (0: no station worth the name). */
  rail: number;
  /** Residents, thousands. */
  populationK: number;
  island: boolean;
  /** Label point [lon, lat], for distances. */
  point: readonly [number, number];
}

type Row = [
  code: string,
  annualK: number,
  overnight: number,
  inbound: number,
  rail: number,
  populationK: number,
  island?: 'island',
];

// prettier-ignore
const ROWS: readonly Row[] = [
  ['42201', 10_320, 0.38, 1.3, 0.35, 409],  // Nagasaki (2019 total: real)
  ['42202', 7_110, 0.35, 1.2, 0.25, 243],   // Sasebo, Huis Ten Bosch included (real)
  ['42203', 1_350, 0.3, 0.6, 0.2, 43],      // Shimabara
  ['42204', 2_600, 0.15, 0.3, 0.35, 134],   // Isahaya
  ['42205', 2_200, 0.2, 0.5, 0.3, 95],      // Omura (Nagasaki Airport)
  ['42207', 1_500, 0.3, 0.4, 0.08, 30],     // Hirado
  ['42208', 850, 0.15, 0.2, 0.1, 22],       // Matsuura
  ['42209', 730, 0.55, 1, 0, 29, 'island'], // Tsushima (real; inbound: origins.ts)
  ['42210', 620, 0.55, 0.2, 0, 25, 'island'], // Iki
  ['42211', 710, 0.7, 0.3, 0, 35, 'island'], // Goto (real)
  ['42212', 1_600, 0.12, 0.3, 0, 26],       // Saikai
  ['42213', 2_750, 0.42, 0.8, 0.05, 42],    // Unzen (real)
  ['42214', 1_250, 0.18, 0.4, 0, 44],       // Minamishimabara
  ['42307', 450, 0.05, 0.2, 0.2, 41],       // Nagayo
  ['42308', 350, 0.05, 0.2, 0, 28],         // Togitsu
  ['42321', 300, 0.1, 0.2, 0.15, 8],        // Higashisonogi
  ['42322', 550, 0.1, 0.2, 0.1, 14],        // Kawatana
  ['42323', 1_000, 0.06, 0.3, 0, 14],       // Hasami
  ['42383', 60, 0.6, 0.2, 0, 2.3, 'island'], // Ojika
  ['42391', 400, 0.08, 0.2, 0.1, 13],       // Saza
  ['42411', 500, 0.6, 0.3, 0, 17.5, 'island'], // Shin-Kamigoto
];

export const AREAS: readonly Area[] = ROWS.map(
  ([code, annualK, overnight, inbound, rail, populationK, island]) => {
    const record = MUNICIPALITIES.find((m) => m.code === code);
    if (!record) throw new Error(`tourism: unknown municipality ${code}`);
    return {
      code,
      code6: record.code6,
      annualK,
      overnight,
      inbound,
      rail,
      populationK,
      island: island === 'island',
      point: record.label,
    };
  },
);

export const AREA_INDEX: ReadonlyMap<string, number> = new Map(AREAS.map((a, i) => [a.code, i]));

export function areaOf(code: string): Area {
  const area = AREAS[AREA_INDEX.get(code) ?? -1];
  if (!area) throw new Error(`tourism: unknown municipality ${code}`);
  return area;
}

/** Great-circle distance between two areas' label points, km. */
export function distanceKm(a: Area, b: Area): number {
  const rad = Math.PI / 180;
  const [lon1, lat1] = a.point;
  const [lon2, lat2] = b.point;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * Municipalities whose presence feed uses the 6-digit code with check digit (the contract
 * accepts both): one of 21, about 5 %, always the same one.
 */
export const SIX_DIGIT_AREAS: ReadonlySet<string> = new Set(['42391']);
