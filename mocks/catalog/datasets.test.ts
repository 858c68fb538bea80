import { describe, expect, it } from 'vitest';
import {
  CATALOG_LAST_INSTANT,
  CATALOG_THEMES,
  FISCAL_YEAR_START,
  generateDatasets,
  PUBLISHER_PROFILES,
  type CatalogDataset,
} from './datasets';
import {
  CATALOG_ORGANIZATIONS,
  MOCK_CATALOG_ORGANIZATIONS,
  MOCK_PREFECTURE_ORGANIZATION,
  MOCK_UNMAPPED_ORGANIZATION,
} from './organizations';

const datasets = generateDatasets();
const MACHINE = new Set(['csv', 'tsv', 'json', 'geojson', 'xml', 'rdf', 'json-ld']);
const machineReadable = (d: CatalogDataset): boolean =>
  d.resources.some((r) => MACHINE.has(r.format.toLowerCase()));
const municipalOrgs = new Set(Object.values(MOCK_CATALOG_ORGANIZATIONS));
const byOrg = (name: string): CatalogDataset[] =>
  datasets.filter((d) => d.organization.name === name);
const utc = (ckan: string): number => Date.parse(`${ckan}Z`);

describe('organizations', () => {
  it('maps the 21 municipalities, plus the prefecture and an unmapped DMO', () => {
    expect(Object.keys(MOCK_CATALOG_ORGANIZATIONS)).toHaveLength(21);
    expect(MOCK_CATALOG_ORGANIZATIONS['42201']).toBe('nagasaki-city');
    expect(MOCK_CATALOG_ORGANIZATIONS['42411']).toBe('shinkamigoto-town');
    const names = CATALOG_ORGANIZATIONS.map((o) => o.name);
    expect(names).toHaveLength(23);
    expect(new Set(names).size).toBe(23);
    expect(names).toContain(MOCK_PREFECTURE_ORGANIZATION);
    expect(names).toContain(MOCK_UNMAPPED_ORGANIZATION);
    expect(Object.values(MOCK_CATALOG_ORGANIZATIONS)).not.toContain(MOCK_UNMAPPED_ORGANIZATION);
    for (const o of CATALOG_ORGANIZATIONS) expect(o.title).toMatch(/[\u3000-\u9fff]/);
  });

  it('has a profile for every organization', () => {
    expect(PUBLISHER_PROFILES.map((p) => p.name).sort()).toEqual(
      CATALOG_ORGANIZATIONS.map((o) => o.name).sort(),
    );
  });
});

describe('generated datasets', () => {
  it('are the same for the same seed, and differ for another', () => {
    expect(generateDatasets()).toEqual(datasets);
    const other = generateDatasets(7);
    expect(other.map((d) => d.id)).not.toEqual(datasets.map((d) => d.id));
  });

  it.each([
    ['nagasaki-city', 55],
    ['sasebo-city', 45],
    [MOCK_PREFECTURE_ORGANIZATION, 60],
    [MOCK_UNMAPPED_ORGANIZATION, 4],
    ['higashisonogi-town', 0],
    ['saza-town', 0],
  ])('%s has %i datasets', (org, n) => {
    expect(byOrg(org)).toHaveLength(n);
  });

  it('sizes cities 10–30 and towns 3–12 (the two empty towns aside)', () => {
    for (const [code, org] of Object.entries(MOCK_CATALOG_ORGANIZATIONS)) {
      const n = byOrg(org).length;
      if (org === 'nagasaki-city' || org === 'sasebo-city') continue;
      if (org === 'higashisonogi-town' || org === 'saza-town') continue;
      if (code.startsWith('422')) expect(n, org).toBeGreaterThanOrEqual(10);
      if (code.startsWith('422')) expect(n, org).toBeLessThanOrEqual(30);
      else expect(n, org).toBeGreaterThanOrEqual(3);
      if (!code.startsWith('422')) expect(n, org).toBeLessThanOrEqual(12);
    }
  });

  it('has unique ids and names, uuid-like ids and CKAN slugs', () => {
    expect(new Set(datasets.map((d) => d.id)).size).toBe(datasets.length);
    expect(new Set(datasets.map((d) => d.name)).size).toBe(datasets.length);
    for (const d of datasets) {
      expect(d.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(d.name).toMatch(/^[a-z0-9_-]{2,100}$/);
    }
  });

  it('gives each dataset one theme, 1–4 resources and CKAN timestamps in order', () => {
    for (const d of datasets) {
      expect(d.groups).toHaveLength(1);
      expect(CATALOG_THEMES).toContain(d.groups[0]!.name);
      expect(d.num_resources).toBe(d.resources.length);
      expect(d.resources.length).toBeGreaterThanOrEqual(1);
      expect(d.resources.length).toBeLessThanOrEqual(4);
      expect(d.metadata_created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
      expect(d.metadata_modified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
      expect(d.metadata_modified >= d.metadata_created).toBe(true);
      expect(utc(d.metadata_created)).toBeGreaterThanOrEqual(Date.parse('2016-01-01T00:00:00Z'));
      expect(utc(d.metadata_modified)).toBeLessThanOrEqual(CATALOG_LAST_INSTANT);
    }
  });

  it('has a machine-readable share between 55 and 80 % overall and across the municipalities', () => {
    const share = (list: CatalogDataset[]) => list.filter(machineReadable).length / list.length;
    expect(share(datasets)).toBeGreaterThan(0.55);
    expect(share(datasets)).toBeLessThan(0.8);
    const municipal = datasets.filter((d) => municipalOrgs.has(d.organization.name));
    expect(share(municipal)).toBeGreaterThan(0.55);
    expect(share(municipal)).toBeLessThan(0.8);
    // Some publish mostly PDF and spreadsheets.
    const low = [...municipalOrgs].filter((o) => byOrg(o).length > 0 && share(byOrg(o)) < 0.35);
    expect(low.length).toBeGreaterThanOrEqual(2);
  });

  it('writes some format names odd-cased, as publishers type them', () => {
    const formats = new Set(datasets.flatMap((d) => d.resources.map((r) => r.format)));
    expect(formats).toContain('CSV');
    expect(formats).toContain('csv');
    expect([...formats].some((f) => f !== f.toUpperCase() && f.toLowerCase() !== 'geojson')).toBe(
      true,
    );
    expect(formats).toContain('geojson');
  });

  it('has at least two municipalities whose first dataset is from this fiscal year, and a dozen new datasets', () => {
    const firsts = [...municipalOrgs]
      .map((o) => byOrg(o).map((d) => utc(d.metadata_created)))
      .filter((times) => times.length > 0)
      .map((times) => Math.min(...times));
    expect(firsts.filter((t) => t >= FISCAL_YEAR_START).length).toBeGreaterThanOrEqual(2);
    const recent = datasets.filter((d) => utc(d.metadata_created) >= FISCAL_YEAR_START);
    expect(recent.length).toBeGreaterThanOrEqual(12);
  });

  it('leaves some themes out of some municipalities that most others publish', () => {
    const publishing = [...municipalOrgs].filter((o) => byOrg(o).length > 0);
    for (const theme of ['evacuation', 'population'])
      for (const o of publishing)
        expect(
          byOrg(o).some((d) => d.groups[0]!.name === theme),
          `${o} ${theme}`,
        ).toBe(true);
    for (const theme of ['aed', 'childcare']) {
      const without = publishing.filter((o) => !byOrg(o).some((d) => d.groups[0]!.name === theme));
      expect(without.length, theme).toBeGreaterThanOrEqual(2);
      expect(without.length, theme).toBeLessThan(publishing.length / 2);
    }
  });
});
