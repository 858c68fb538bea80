/**
 * Synthetic datasets of the mock CKAN catalogue: deterministic for a seed (every draw is keyed
 * by the seed and a string naming what it is for, see ../scenarios/prng.ts), so the same seed
 * gives the same catalogue on every machine. Not real data: see README.md for how it is made.
 */
import { hashKey, mulberry32, uniform } from '../scenarios/prng';
import {
  CATALOG_ORGANIZATIONS,
  MOCK_PREFECTURE_ORGANIZATION,
  MOCK_UNMAPPED_ORGANIZATION,
  type CatalogOrganization,
} from './organizations';
import { DAY_MS } from '../../src/domain/jst';

/** The documented seed of the mock catalogue. */
export const CATALOG_SEED = 20_260_401;

/** The catalogue's themes (CKAN groups): each dataset belongs to one. */
export const CATALOG_THEMES = [
  'evacuation',
  'population',
  'aed',
  'public-facilities',
  'tourism',
  'childcare',
  'culture',
] as const;
export type CatalogTheme = (typeof CATALOG_THEMES)[number];

export const THEME_TITLES: Readonly<Record<CatalogTheme, string>> = {
  evacuation: '避難所・避難場所',
  population: '人口・世帯',
  aed: 'AED設置箇所',
  'public-facilities': '公共施設',
  tourism: '観光施設・イベント',
  childcare: '子育て施設',
  culture: '文化財',
};

export interface CatalogResource {
  readonly id: string;
  readonly package_id: string;
  readonly name: string;
  /** As the publisher typed it: not normalised (`CSV`, `csv`, `Json`, `geojson`…). */
  readonly format: string;
  readonly url: string;
}

export interface CatalogGroupRef {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly display_name: string;
}

export interface CatalogOrganizationRef {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly type: 'organization';
  readonly is_organization: true;
  readonly state: 'active';
}

/** A dataset as CKAN's package_show (and package_search without `fl`) gives it, trimmed. */
export interface CatalogDataset {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly type: 'dataset';
  readonly state: 'active';
  readonly private: false;
  readonly license_id: string;
  readonly license_title: string;
  readonly organization: CatalogOrganizationRef;
  readonly owner_org: string;
  readonly groups: readonly CatalogGroupRef[];
  /** CKAN style: `2024-05-01T02:03:04.123456`, UTC without a zone. */
  readonly metadata_created: string;
  readonly metadata_modified: string;
  readonly num_resources: number;
  readonly num_tags: 0;
  readonly resources: readonly CatalogResource[];
}

/** How one organization publishes (the assumptions behind its datasets; see README.md). */
export interface PublisherProfile {
  readonly name: string;
  readonly count: number;
  /** Themes it publishes nothing in. */
  readonly lacks: readonly CatalogTheme[];
  /** Share of its datasets carrying at least one machine-readable resource (rounded to datasets). */
  readonly machineReadable: number;
  /** Day (UTC) its first dataset was created. */
  readonly since: string;
  /** Datasets (besides the first) created on or after 2026-04-01 (the fiscal year start). */
  readonly recent: number;
  /** Probability a format name is written odd-cased (`csv`, `Json`, `geojson`). */
  readonly oddCase: number;
  /** Only these themes (the DMO). */
  readonly only?: readonly CatalogTheme[];
}

const ALL_AFTER_SINCE = Number.POSITIVE_INFINITY;

export const PUBLISHER_PROFILES: readonly PublisherProfile[] = [
  {
    name: 'nagasaki-city',
    count: 55,
    lacks: [],
    machineReadable: 0.82,
    since: '2016-03-15',
    recent: 2,
    oddCase: 0.04,
  },
  {
    name: 'sasebo-city',
    count: 45,
    lacks: [],
    machineReadable: 0.76,
    since: '2016-09-01',
    recent: 1,
    oddCase: 0.1,
  },
  {
    name: 'shimabara-city',
    count: 14,
    lacks: [],
    machineReadable: 0.57,
    since: '2018-06-01',
    recent: 0,
    oddCase: 0.1,
  },
  {
    name: 'isahaya-city',
    count: 30,
    lacks: [],
    machineReadable: 0.73,
    since: '2017-04-03',
    recent: 1,
    oddCase: 0.6,
  },
  {
    name: 'omura-city',
    count: 26,
    lacks: [],
    machineReadable: 0.77,
    since: '2017-02-01',
    recent: 0,
    oddCase: 0.05,
  },
  {
    name: 'hirado-city',
    count: 13,
    lacks: ['aed'],
    machineReadable: 0.62,
    since: '2019-04-01',
    recent: 0,
    oddCase: 0.2,
  },
  {
    name: 'matsuura-city',
    count: 11,
    lacks: ['childcare', 'culture'],
    machineReadable: 0.28,
    since: '2020-07-01',
    recent: 0,
    oddCase: 0.3,
  },
  {
    name: 'tsushima-city',
    count: 14,
    lacks: ['childcare'],
    machineReadable: 0.5,
    since: '2019-10-01',
    recent: 0,
    oddCase: 0.1,
  },
  {
    name: 'iki-city',
    count: 12,
    lacks: ['aed'],
    machineReadable: 0.67,
    since: '2020-03-02',
    recent: 0,
    oddCase: 0.15,
  },
  {
    name: 'goto-city',
    count: 15,
    lacks: [],
    machineReadable: 0.7,
    since: '2018-10-01',
    recent: 1,
    oddCase: 0.1,
  },
  {
    name: 'saikai-city',
    count: 12,
    lacks: ['childcare'],
    machineReadable: 0.5,
    since: '2021-01-15',
    recent: 0,
    oddCase: 0.2,
  },
  {
    name: 'unzen-city',
    count: 16,
    lacks: [],
    machineReadable: 0.62,
    since: '2018-04-02',
    recent: 0,
    oddCase: 0.1,
  },
  {
    name: 'minamishimabara-city',
    count: 14,
    lacks: ['aed'],
    machineReadable: 0.36,
    since: '2019-06-03',
    recent: 0,
    oddCase: 0.2,
  },
  {
    name: 'nagayo-town',
    count: 10,
    lacks: [],
    machineReadable: 0.7,
    since: '2020-04-01',
    recent: 0,
    oddCase: 0.1,
  },
  {
    name: 'togitsu-town',
    count: 9,
    lacks: ['culture'],
    machineReadable: 0.67,
    since: '2021-06-01',
    recent: 0,
    oddCase: 0.1,
  },
  {
    name: 'higashisonogi-town',
    count: 0,
    lacks: [],
    machineReadable: 0,
    since: '2026-01-01',
    recent: 0,
    oddCase: 0,
  },
  // Opened its first dataset this fiscal year.
  {
    name: 'kawatana-town',
    count: 6,
    lacks: ['childcare', 'culture'],
    machineReadable: 0.5,
    since: '2026-05-12',
    recent: ALL_AFTER_SINCE,
    oddCase: 0.3,
  },
  {
    name: 'hasami-town',
    count: 7,
    lacks: ['aed'],
    machineReadable: 0.29,
    since: '2022-04-01',
    recent: 0,
    oddCase: 0.2,
  },
  // Opened its first dataset this fiscal year.
  {
    name: 'ojika-town',
    count: 3,
    lacks: ['aed', 'childcare', 'culture'],
    machineReadable: 0.67,
    since: '2026-06-22',
    recent: ALL_AFTER_SINCE,
    oddCase: 0,
  },
  {
    name: 'saza-town',
    count: 0,
    lacks: [],
    machineReadable: 0,
    since: '2026-01-01',
    recent: 0,
    oddCase: 0,
  },
  {
    name: 'shinkamigoto-town',
    count: 8,
    lacks: ['childcare'],
    machineReadable: 0.25,
    since: '2021-10-01',
    recent: 0,
    oddCase: 0.2,
  },
  {
    name: MOCK_PREFECTURE_ORGANIZATION,
    count: 60,
    lacks: [],
    machineReadable: 0.72,
    since: '2016-01-20',
    recent: 2,
    oddCase: 0.05,
  },
  {
    name: MOCK_UNMAPPED_ORGANIZATION,
    count: 4,
    lacks: [],
    machineReadable: 0.75,
    since: '2023-07-03',
    recent: 0,
    oddCase: 0,
    only: ['tourism'],
  },
];

interface Template {
  readonly slug: string;
  readonly title: string;
}

const TEMPLATES: Readonly<Record<CatalogTheme, readonly Template[]>> = {
  evacuation: [
    { slug: 'designated-emergency-evacuation-sites', title: '指定緊急避難場所一覧' },
    { slug: 'designated-shelters', title: '指定避難所一覧' },
    { slug: 'shelter-capacity', title: '避難所等の収容人数' },
    { slug: 'landslide-warning-areas', title: '土砂災害警戒区域等の一覧' },
    { slug: 'hazard-map', title: 'ハザードマップ（洪水・土砂災害）' },
  ],
  population: [
    { slug: 'population-by-town-age', title: '人口（町丁別・年齢別）' },
    { slug: 'population-by-area-age', title: '地域・年齢別人口' },
    { slug: 'resident-register-population', title: '住民基本台帳人口・世帯数' },
    { slug: 'vital-statistics', title: '人口動態（出生・死亡・転入・転出）' },
    { slug: 'projected-population', title: '将来推計人口' },
  ],
  aed: [{ slug: 'aed-locations', title: 'AED設置箇所一覧' }],
  'public-facilities': [
    { slug: 'public-facilities', title: '公共施設一覧' },
    { slug: 'public-wifi', title: '公衆無線LANアクセスポイント一覧' },
    { slug: 'public-toilets', title: '公衆トイレ一覧' },
    { slug: 'medical-institutions', title: '医療機関一覧' },
    { slug: 'care-service-providers', title: '介護サービス事業所一覧' },
    { slug: 'fire-water-sources', title: '消防水利施設一覧' },
  ],
  tourism: [
    { slug: 'tourist-facilities', title: '観光施設一覧' },
    { slug: 'events', title: 'イベント一覧' },
    { slug: 'tourist-arrivals', title: '観光入込客数' },
    { slug: 'accommodations', title: '宿泊施設一覧' },
    { slug: 'tourism-brochures', title: '観光パンフレット' },
  ],
  childcare: [
    { slug: 'childcare-facilities', title: '子育て施設一覧' },
    { slug: 'nursery-vacancies', title: '保育所・認定こども園の空き状況' },
    { slug: 'after-school-clubs', title: '放課後児童クラブ一覧' },
    { slug: 'childcare-support-services', title: '子育て支援サービス一覧' },
  ],
  culture: [
    { slug: 'cultural-properties', title: '文化財一覧' },
    { slug: 'cultural-property-photos', title: '指定文化財の写真' },
    { slug: 'libraries', title: '図書館一覧' },
    { slug: 'historical-materials', title: '歴史資料' },
  ],
};

/** Extra datasets (beyond one per theme) are drawn with these weights. */
const THEME_WEIGHTS: Readonly<Record<CatalogTheme, number>> = {
  evacuation: 3,
  population: 3,
  aed: 1,
  'public-facilities': 3,
  tourism: 2,
  childcare: 2,
  culture: 2,
};

type Weighted = readonly (readonly [format: string, weight: number])[];

/** The machine-readable resource a dataset leads with, by theme. */
const MACHINE_FORMATS: Readonly<Record<CatalogTheme, Weighted>> = {
  evacuation: [
    ['CSV', 70],
    ['GeoJSON', 15],
    ['JSON', 10],
    ['XML', 5],
  ],
  population: [
    ['CSV', 80],
    ['TSV', 5],
    ['JSON', 8],
    ['XML', 7],
  ],
  aed: [
    ['CSV', 80],
    ['GeoJSON', 12],
    ['XML', 8],
  ],
  'public-facilities': [
    ['CSV', 70],
    ['GeoJSON', 15],
    ['JSON', 10],
    ['RDF', 5],
  ],
  tourism: [
    ['CSV', 60],
    ['JSON', 20],
    ['JSON-LD', 10],
    ['RDF', 10],
  ],
  childcare: [
    ['CSV', 90],
    ['JSON', 10],
  ],
  culture: [
    ['CSV', 70],
    ['RDF', 15],
    ['JSON-LD', 15],
  ],
};
/** Formats of a dataset that is not machine-readable. */
const DOCUMENT_FORMATS: Weighted = [
  ['PDF', 45],
  ['XLSX', 30],
  ['DOCX', 7],
  ['JPEG', 7],
  ['PNG', 5],
  ['ZIP', 6],
];
/** Further resources of a machine-readable dataset. */
const EXTRA_FORMATS: Weighted = [
  ['PDF', 30],
  ['XLSX', 25],
  ['CSV', 15],
  ['JSON', 6],
  ['GeoJSON', 5],
  ['XML', 3],
  ['JPEG', 6],
  ['PNG', 4],
  ['DOCX', 3],
  ['ZIP', 3],
];
/** How a publisher may write a format name instead (not normalised by CKAN). */
const ODD_CASE: Readonly<Record<string, readonly string[]>> = {
  CSV: ['csv', 'Csv'],
  TSV: ['tsv'],
  JSON: ['json', 'Json'],
  GeoJSON: ['geojson', 'GEOJSON'],
  XML: ['xml'],
  RDF: ['rdf'],
  'JSON-LD': ['json-ld', 'Json-LD'],
  XLSX: ['xlsx', 'Xlsx'],
  PDF: ['pdf'],
  JPEG: ['jpeg'],
  PNG: ['png'],
  DOCX: ['docx'],
  ZIP: ['zip'],
};
const FORMAT_LABELS: Readonly<Record<string, string>> = {
  CSV: 'CSV形式',
  TSV: 'TSV形式',
  JSON: 'JSON形式',
  GeoJSON: 'GeoJSON形式',
  XML: 'XML形式',
  RDF: 'RDF形式',
  'JSON-LD': 'JSON-LD形式',
  XLSX: 'Excel形式',
  PDF: 'PDF版',
  JPEG: '写真',
  PNG: '図',
  DOCX: 'Word形式',
  ZIP: '一括ダウンロード',
};
const EXTENSIONS: Readonly<Record<string, string>> = {
  'JSON-LD': 'jsonld',
  GeoJSON: 'geojson',
  JPEG: 'jpg',
};

/** Nothing is created or modified after this instant (UTC). */
export const CATALOG_LAST_INSTANT = Date.parse('2026-11-30T23:59:59Z');
/** The fiscal year start the "recent" datasets follow. */
export const FISCAL_YEAR_START = Date.parse('2026-04-01T00:00:00Z');

const WEIGHTS: Readonly<Record<string, number>> = { 1: 45, 2: 30, 3: 15, 4: 10 };

function pick<T extends string>(weighted: readonly (readonly [T, number])[], u: number): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let x = u * total;
  for (const [value, w] of weighted) {
    if (x < w) return value;
    x -= w;
  }
  return weighted[weighted.length - 1]![0];
}

/** A deterministic UUID (version 4 layout) for a key. */
export function uuidFor(seed: number, key: string): string {
  const next = mulberry32(hashKey(seed, `uuid:${key}`));
  let hex = '';
  for (let i = 0; i < 4; i++)
    hex += Math.floor(next() * 4_294_967_296)
      .toString(16)
      .padStart(8, '0');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** CKAN's timestamp: ISO 8601 in UTC, microseconds, no zone (`2024-05-01T02:03:04.123456`). */
export function ckanTimestamp(ms: number, micros: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}${String(micros).padStart(3, '0')}`;
}

/** The themes of an organization's datasets, in order: one of each it publishes, then weighted extras. */
function themesOf(seed: number, profile: PublisherProfile): CatalogTheme[] {
  const allowed = CATALOG_THEMES.filter(
    (t) => !profile.lacks.includes(t) && (profile.only === undefined || profile.only.includes(t)),
  );
  const themes = allowed.slice(0, profile.count);
  const weighted = allowed.map((t) => [t, THEME_WEIGHTS[t]] as const);
  for (let i = themes.length; i < profile.count; i++)
    themes.push(pick(weighted, uniform(seed, `${profile.name}:${i}:theme`)));
  return themes;
}

/** Indices 0..n-1 ordered by a keyed draw: a deterministic shuffle. */
function ranked(seed: number, key: string, n: number): number[] {
  return Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => uniform(seed, `${key}:${a}`) - uniform(seed, `${key}:${b}`) || a - b,
  );
}

function writeFormat(seed: number, profile: PublisherProfile, key: string, format: string): string {
  const odd = ODD_CASE[format];
  if (!odd || uniform(seed, `${key}:odd`) >= profile.oddCase) return format;
  return odd[Math.floor(uniform(seed, `${key}:odd-which`) * odd.length)]!;
}

function createdTimes(seed: number, profile: PublisherProfile): number[] {
  const since = Date.parse(`${profile.since}T00:00:00Z`);
  const recent = new Set(
    ranked(seed, `${profile.name}:recent`, profile.count)
      .filter((i) => i > 0)
      .slice(0, profile.recent),
  );
  const times = Array.from({ length: profile.count }, (_, i) => {
    const u = uniform(seed, `${profile.name}:${i}:created`);
    // The first dataset: within the organization's first day (Japanese office hours, in UTC).
    if (i === 0) return since + Math.floor((0.02 + 0.3 * u) * DAY_MS);
    const from = recent.has(i) ? Math.max(since + DAY_MS, FISCAL_YEAR_START) : since + DAY_MS;
    const to = recent.has(i)
      ? CATALOG_LAST_INSTANT
      : Math.min(FISCAL_YEAR_START - 1, CATALOG_LAST_INSTANT);
    return Math.floor(from + (to - from) * u);
  });
  // The older datasets in index order, so a theme's first dataset (no year in its title) is
  // older than its yearly editions.
  const older = times.filter((_, i) => !recent.has(i)).sort((a, b) => a - b);
  let next = 0;
  return times.map((t, i) => (recent.has(i) ? t : older[next++]!));
}

function datasetsOf(
  seed: number,
  profile: PublisherProfile,
  org: CatalogOrganization,
  names: Set<string>,
): CatalogDataset[] {
  const themes = themesOf(seed, profile);
  const created = createdTimes(seed, profile);
  const machineCount = Math.round(profile.count * profile.machineReadable);
  const machine = new Set(ranked(seed, `${profile.name}:mr`, profile.count).slice(0, machineCount));
  // Some publishers put their name in front of every title, others do not.
  const prefixed = uniform(seed, `${profile.name}:prefix`) < 0.6;
  const organization: CatalogOrganizationRef = {
    id: uuidFor(seed, `org:${org.name}`),
    name: org.name,
    title: org.title,
    type: 'organization',
    is_organization: true,
    state: 'active',
  };
  const seen = new Map<CatalogTheme, number>();
  const titles = new Set<string>();
  return themes.map((theme, i) => {
    const key = `${profile.name}:${i}`;
    const k = seen.get(theme) ?? 0;
    seen.set(theme, k + 1);
    const templates = TEMPLATES[theme];
    const template = templates[k % templates.length]!;
    const round = Math.floor(k / templates.length);
    const createdMs = created[i]!;
    // Japan's fiscal year starts in April (UTC is close enough for a title).
    const createdAt = new Date(createdMs);
    const fiscalYear = createdAt.getUTCFullYear() - (createdAt.getUTCMonth() < 3 ? 1 : 0);
    const base = `${prefixed ? `${org.title} ` : ''}${template.title}`;
    let title = round === 0 ? base : `${base}（${fiscalYear}年度）`;
    for (let n = 2; titles.has(title); n++) title = `${base}（${fiscalYear}年度・${n}）`;
    titles.add(title);
    let name =
      round === 0 ? `${org.name}-${template.slug}` : `${org.name}-${template.slug}-${fiscalYear}`;
    for (let n = 2; names.has(name); n++) name = `${org.name}-${template.slug}-${fiscalYear}-${n}`;
    names.add(name);
    const id = uuidFor(seed, `dataset:${name}`);

    const updated = uniform(seed, `${key}:updated`) < 0.45;
    const modifiedMs = updated
      ? Math.floor(
          createdMs + (CATALOG_LAST_INSTANT - createdMs) * uniform(seed, `${key}:modified`),
        )
      : // Never edited: CKAN stamps it again as the resources are added, seconds later.
        createdMs + 200 + Math.floor(30_000 * uniform(seed, `${key}:modified`));
    const createdMicros = Math.floor(1000 * uniform(seed, `${key}:created-us`));
    const modifiedMicros = Math.floor(1000 * uniform(seed, `${key}:modified-us`));

    const resourceCount = Number(
      pick(
        Object.entries(WEIGHTS).map(([n, w]) => [n, w] as const),
        uniform(seed, `${key}:resources`),
      ),
    );
    const formats: string[] = [];
    for (let r = 0; r < resourceCount; r++) {
      const u = uniform(seed, `${key}:format:${r}`);
      const canonical = !machine.has(i)
        ? pick(DOCUMENT_FORMATS, u)
        : r === 0
          ? pick(MACHINE_FORMATS[theme], u)
          : pick(EXTRA_FORMATS, u);
      formats.push(canonical);
    }
    const labels = new Set<string>();
    const resources = formats.map((canonical, r): CatalogResource => {
      let label = `${template.title}（${FORMAT_LABELS[canonical] ?? canonical}）`;
      for (let n = 2; labels.has(label); n++)
        label = `${template.title}（${FORMAT_LABELS[canonical] ?? canonical}・${n}）`;
      labels.add(label);
      const resourceId = uuidFor(seed, `resource:${name}:${r}`);
      const ext = EXTENSIONS[canonical] ?? canonical.toLowerCase();
      return {
        id: resourceId,
        package_id: id,
        name: label,
        format: writeFormat(seed, profile, `${key}:format:${r}`, canonical),
        url: `https://catalog.pref.nagasaki.example/dataset/${id}/resource/${resourceId}/download/${template.slug}.${ext}`,
      };
    });
    return {
      id,
      name,
      title,
      type: 'dataset',
      state: 'active',
      private: false,
      license_id: 'cc-by',
      license_title: 'クリエイティブ・コモンズ 表示',
      organization,
      owner_org: organization.id,
      groups: [
        {
          id: uuidFor(seed, `group:${theme}`),
          name: theme,
          title: THEME_TITLES[theme],
          display_name: THEME_TITLES[theme],
        },
      ],
      metadata_created: ckanTimestamp(createdMs, createdMicros),
      metadata_modified: ckanTimestamp(
        Math.min(Math.max(modifiedMs, createdMs), CATALOG_LAST_INSTANT),
        modifiedMs > createdMs ? modifiedMicros : createdMicros,
      ),
      num_resources: resources.length,
      num_tags: 0,
      resources,
    };
  });
}

/** Every dataset of the mock catalogue for `seed`, organization by organization. */
export function generateDatasets(seed: number = CATALOG_SEED): CatalogDataset[] {
  const names = new Set<string>();
  const byName = new Map(CATALOG_ORGANIZATIONS.map((o) => [o.name, o]));
  return PUBLISHER_PROFILES.flatMap((profile) => {
    const org = byName.get(profile.name);
    if (!org) throw new Error(`no organization ${profile.name}`);
    return datasetsOf(seed, profile, org, names);
  });
}
