/**
 * Builds mocks/fixtures/tourism-profile.json, the real-data backbone of the synthetic tourism
 * feed (mocks/tourism), from ../shared/data/nagasaki-pref-monthly-guest-nights-by-origin.csv
 * (観光庁 宿泊旅行統計調査, 参考第2表: guest nights in Nagasaki Prefecture by residence):
 *  - per calendar month, a seasonality index: each year's months divided by that year's
 *    monthly mean, averaged over the normal years, then scaled so the 12 indices average 1;
 *  - per calendar month, the origin mix: overseas share of guest nights with a known origin,
 *    and each prefecture's share of the domestic guest nights.
 * The pandemic years 2020–2022 are left out. Run: npx tsx scripts/build-tourism-profile.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.SHARED_DATA ?? resolve(root, '../shared/data');
const source = resolve(shared, 'nagasaki-pref-monthly-guest-nights-by-origin.csv');
const target = resolve(root, 'mocks/fixtures/tourism-profile.json');

const YEARS = [2016, 2017, 2018, 2019, 2023, 2024] as const;
const ATTRIBUTION =
  '出典：観光庁『宿泊旅行統計調査』参考第2表を加工して作成（takayasumatsuoka/mcog による集計を利用）';
const PREFECTURES = Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0'));

interface Row {
  year: number;
  month: number;
  total: number;
  /** Guest nights by prefecture of residence, 01…47. */
  prefectures: number[];
  overseas: number;
}

function readRows(): Row[] {
  const [header, ...lines] = readFileSync(source, 'utf8').trim().split(/\r?\n/);
  const columns = (header ?? '').split(',');
  const at = (name: string): number => {
    const i = columns.indexOf(name);
    if (i < 0) throw new Error(`${source}: no column ${name}`);
    return i;
  };
  const yearMonth = at('yearMonth');
  const total = at('totalGuestNights');
  const overseas = at('originOverseas');
  const prefectureColumns = PREFECTURES.map((p) => at(`origin${p}`));
  return lines.map((line, n) => {
    const cells = line.split(',');
    const num = (i: number): number => {
      const v = Number(cells[i]);
      if (!Number.isInteger(v) || v < 0) throw new Error(`line ${n + 2}: bad number "${cells[i]}"`);
      return v;
    };
    const m = /^(\d{4})-(\d{2})$/.exec(cells[yearMonth] ?? '');
    if (!m) throw new Error(`line ${n + 2}: bad yearMonth "${cells[yearMonth]}"`);
    return {
      year: Number(m[1]),
      month: Number(m[2]),
      total: num(total),
      prefectures: prefectureColumns.map(num),
      overseas: num(overseas),
    };
  });
}

const round = (x: number, digits = 5): number => Number(x.toFixed(digits));

function buildProfile(rows: readonly Row[]) {
  const used = rows.filter((r) => (YEARS as readonly number[]).includes(r.year));
  if (used.length !== YEARS.length * 12)
    throw new Error(`expected ${YEARS.length * 12} months, got ${used.length}`);

  // Seasonality: each year relative to its own monthly mean, so busy and quiet years weigh alike.
  const raw = Array.from({ length: 12 }, () => 0);
  for (const year of YEARS) {
    const months = used.filter((r) => r.year === year);
    const mean = months.reduce((s, r) => s + r.total, 0) / 12;
    for (const r of months) raw[r.month - 1]! += r.total / mean / YEARS.length;
  }
  const rawMean = raw.reduce((s, x) => s + x, 0) / 12;

  const months = raw.map((index, i) => {
    const month = i + 1;
    const sameMonth = used.filter((r) => r.month === month);
    const byPrefecture = PREFECTURES.map((_, p) =>
      sameMonth.reduce((s, r) => s + (r.prefectures[p] ?? 0), 0),
    );
    const domestic = byPrefecture.reduce((s, x) => s + x, 0);
    const overseas = sameMonth.reduce((s, r) => s + r.overseas, 0);
    return {
      month,
      seasonality: round(index / rawMean, 4),
      overseasShare: round(overseas / (domestic + overseas), 4),
      prefectureShares: Object.fromEntries(
        PREFECTURES.map((code, p) => [code, round((byPrefecture[p] ?? 0) / domestic)]),
      ),
    };
  });
  return {
    attribution: ATTRIBUTION,
    source: 'shared/data/nagasaki-pref-monthly-guest-nights-by-origin.csv',
    years: [...YEARS],
    note:
      'Guest nights at facilities with 100+ employees, Nagasaki Prefecture. seasonality: mean of ' +
      'month / yearly monthly mean over the years listed (2020–2022 left out), scaled to mean 1. ' +
      'overseasShare: overseas / (47 prefectures + overseas). prefectureShares: share of domestic.',
    months,
  };
}

const profile = buildProfile(readRows());
writeFileSync(target, `${JSON.stringify(profile, null, 2)}\n`);
const peak = [...profile.months].sort((a, b) => b.seasonality - a.seasonality)[0];
console.log(
  `tourism profile: ${profile.months.length} months from ${profile.years.join(', ')}; ` +
    `peak month ${peak?.month} (${peak?.seasonality})`,
);
