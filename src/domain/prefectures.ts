/**
 * The 47 prefectures (JIS X 0401 codes) with the location of each prefectural office, used to
 * place arrivals from outside Nagasaki on the map and to name origins. Coordinates are the
 * approximate positions of the prefectural offices (public facts), rounded to 0.01°.
 */
import type { LngLat } from './types';

export interface Prefecture {
  code: string;
  nameJa: string;
  nameEn: string;
  office: LngLat;
}

const ROWS: ReadonlyArray<[string, string, number, number]> = [
  ['北海道', 'Hokkaido', 141.35, 43.06],
  ['青森県', 'Aomori', 140.74, 40.82],
  ['岩手県', 'Iwate', 141.15, 39.7],
  ['宮城県', 'Miyagi', 140.87, 38.27],
  ['秋田県', 'Akita', 140.1, 39.72],
  ['山形県', 'Yamagata', 140.36, 38.24],
  ['福島県', 'Fukushima', 140.47, 37.75],
  ['茨城県', 'Ibaraki', 140.45, 36.34],
  ['栃木県', 'Tochigi', 139.88, 36.57],
  ['群馬県', 'Gunma', 139.06, 36.39],
  ['埼玉県', 'Saitama', 139.65, 35.86],
  ['千葉県', 'Chiba', 140.12, 35.61],
  ['東京都', 'Tokyo', 139.69, 35.69],
  ['神奈川県', 'Kanagawa', 139.64, 35.45],
  ['新潟県', 'Niigata', 139.02, 37.9],
  ['富山県', 'Toyama', 137.21, 36.7],
  ['石川県', 'Ishikawa', 136.63, 36.59],
  ['福井県', 'Fukui', 136.22, 36.07],
  ['山梨県', 'Yamanashi', 138.57, 35.66],
  ['長野県', 'Nagano', 138.18, 36.65],
  ['岐阜県', 'Gifu', 136.72, 35.39],
  ['静岡県', 'Shizuoka', 138.38, 34.98],
  ['愛知県', 'Aichi', 136.91, 35.18],
  ['三重県', 'Mie', 136.51, 34.73],
  ['滋賀県', 'Shiga', 135.87, 35.0],
  ['京都府', 'Kyoto', 135.76, 35.02],
  ['大阪府', 'Osaka', 135.52, 34.69],
  ['兵庫県', 'Hyogo', 135.18, 34.69],
  ['奈良県', 'Nara', 135.83, 34.69],
  ['和歌山県', 'Wakayama', 135.17, 34.23],
  ['鳥取県', 'Tottori', 134.24, 35.5],
  ['島根県', 'Shimane', 133.05, 35.47],
  ['岡山県', 'Okayama', 133.93, 34.66],
  ['広島県', 'Hiroshima', 132.46, 34.4],
  ['山口県', 'Yamaguchi', 131.47, 34.19],
  ['徳島県', 'Tokushima', 134.56, 34.07],
  ['香川県', 'Kagawa', 134.04, 34.34],
  ['愛媛県', 'Ehime', 132.77, 33.84],
  ['高知県', 'Kochi', 133.53, 33.56],
  ['福岡県', 'Fukuoka', 130.42, 33.61],
  ['佐賀県', 'Saga', 130.3, 33.25],
  ['長崎県', 'Nagasaki', 129.87, 32.74],
  ['熊本県', 'Kumamoto', 130.74, 32.79],
  ['大分県', 'Oita', 131.61, 33.24],
  ['宮崎県', 'Miyazaki', 131.42, 31.91],
  ['鹿児島県', 'Kagoshima', 130.56, 31.56],
  ['沖縄県', 'Okinawa', 127.68, 26.21],
];

export const PREFECTURES: readonly Prefecture[] = ROWS.map(([nameJa, nameEn, lon, lat], i) => ({
  code: String(i + 1).padStart(2, '0'),
  nameJa,
  nameEn,
  office: [lon, lat],
}));

const byCode = new Map(PREFECTURES.map((p) => [p.code, p]));

export function getPrefecture(code: string): Prefecture | undefined {
  return byCode.get(code);
}

/** Countries the platform names most; any other ISO code is shown as the code itself. */
const COUNTRIES: Readonly<Record<string, { ja: string; en: string }>> = {
  KR: { ja: '韓国', en: 'South Korea' },
  TW: { ja: '台湾', en: 'Taiwan' },
  CN: { ja: '中国', en: 'China' },
  HK: { ja: '香港', en: 'Hong Kong' },
  US: { ja: 'アメリカ', en: 'United States' },
  TH: { ja: 'タイ', en: 'Thailand' },
  SG: { ja: 'シンガポール', en: 'Singapore' },
  AU: { ja: 'オーストラリア', en: 'Australia' },
  GB: { ja: 'イギリス', en: 'United Kingdom' },
  FR: { ja: 'フランス', en: 'France' },
};

export function countryName(code: string, lang: 'ja' | 'en'): string {
  return COUNTRIES[code]?.[lang] ?? code;
}

export function prefectureName(code: string, lang: 'ja' | 'en'): string {
  const p = byCode.get(code);
  return p ? (lang === 'ja' ? p.nameJa : p.nameEn) : code;
}
