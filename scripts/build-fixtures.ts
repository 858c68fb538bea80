/**
 * Builds the mock broker's seed data from the GSI shelter masters in ../shared/data:
 *  - mocks/fixtures/evacuation-sites.json     (EvacuationSite, 指定緊急避難場所)
 *  - mocks/fixtures/designated-shelters.json  (DesignatedShelter, 指定避難所)
 * as NGSI-LD entities in normalized form (contract §2.1). No @context in the body: the mock
 * answers `Accept: application/json` with the context in the Link header, as a broker does.
 * Run: npm run data   (or: npx tsx scripts/build-fixtures.ts; SHARED_DATA overrides the source dir)
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.SHARED_DATA ?? resolve(root, '../shared/data');
const outDir = resolve(root, 'mocks/fixtures');

const EXPECTED = { sites: 1857, shelters: 1478 } as const;

// GSI column name → contract hazard code. Order is the GSI column order, kept in the output.
const HAZARD_COLUMNS = [
  ['洪水', 'flood'],
  ['崖崩れ、土石流及び地滑り', 'landslide'],
  ['高潮', 'stormSurge'],
  ['地震', 'earthquake'],
  ['津波', 'tsunami'],
  ['大規模な火事', 'greatFire'],
  ['内水氾濫', 'inlandFlood'],
  ['火山現象', 'eruption'],
] as const;

const flag = z.enum(['1', '']);
const common = z.object({
  共通ID: z.string(),
  '施設・場所名': z.string().min(1),
  住所: z.string(),
  localGovernmentCode: z.string().regex(/^\d{6}$/),
});
const siteProps = common.extend({
  洪水: flag,
  '崖崩れ、土石流及び地滑り': flag,
  高潮: flag,
  地震: flag,
  津波: flag,
  大規模な火事: flag,
  内水氾濫: flag,
  火山現象: flag,
  指定避難所との住所同一: flag,
});
const shelterProps = common.extend({
  shelterType: z.enum(['general', 'welfare']),
  受入対象者: z.string().nullable(),
});
const point = z.object({
  type: z.literal('Point'),
  coordinates: z.tuple([z.number(), z.number()]),
});

const featureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({ geometry: point, properties: z.unknown() })),
});

function readFeatures<P extends z.ZodType>(
  file: string,
  props: P,
): { coordinates: [number, number]; props: z.output<P> }[] {
  const { features } = featureCollection.parse(
    JSON.parse(readFileSync(resolve(shared, file), 'utf8')),
  );
  return features.map((f, i) => {
    const parsed = props.safeParse(f.properties);
    if (!parsed.success) throw new Error(`${file} feature ${i}: ${z.prettifyError(parsed.error)}`);
    return { coordinates: f.geometry.coordinates, props: parsed.data };
  });
}

const prop = <T>(value: T) => ({ type: 'Property', value }) as const;
const geo = (coordinates: [number, number]) =>
  ({ type: 'GeoProperty', value: { type: 'Point', coordinates } }) as const;

function checkId(id: string, pattern: RegExp, file: string): string {
  if (!pattern.test(id)) throw new Error(`${file}: 共通ID ${id} does not match ${pattern}`);
  return id;
}

const sites = readFeatures('nagasaki-designated-emergency-evacuation-sites.geojson', siteProps).map(
  ({ coordinates, props }) => {
    const id = checkId(props.共通ID, /^E\d{10}20[1-9A-Za-z]$/, 'sites');
    return {
      id: `urn:ngsi-ld:EvacuationSite:${id}`,
      type: 'EvacuationSite',
      name: prop(props['施設・場所名']),
      nationalShelterId: prop(id),
      localGovernmentCode: prop(props.localGovernmentCode),
      address: prop(props.住所),
      location: geo(coordinates),
      hazardTypes: prop(
        HAZARD_COLUMNS.filter(([col]) => props[col] === '1').map(([, code]) => code),
      ),
      alsoDesignatedShelter: prop(props.指定避難所との住所同一 === '1'),
    };
  },
);

const shelters = readFeatures('nagasaki-designated-shelters.geojson', shelterProps).map(
  ({ coordinates, props }) => {
    const id = checkId(props.共通ID, /^E\d{10}1[12][1-9A-Za-z]$/, 'shelters');
    const target = props.受入対象者?.trim();
    return {
      id: `urn:ngsi-ld:DesignatedShelter:${id}`,
      type: 'DesignatedShelter',
      name: prop(props['施設・場所名']),
      nationalShelterId: prop(id),
      localGovernmentCode: prop(props.localGovernmentCode),
      address: prop(props.住所),
      location: geo(coordinates),
      shelterType: prop(props.shelterType),
      ...(target ? { targetEvacuees: prop(target) } : {}),
    };
  },
);

function check(name: string, entities: readonly { id: string }[], expected: number): void {
  if (entities.length !== expected)
    throw new Error(`${name}: expected ${expected} entities, got ${entities.length}`);
  if (new Set(entities.map((e) => e.id)).size !== entities.length)
    throw new Error(`${name}: duplicate ids`);
}

// One entity per line: still compact JSON, but a re-run after a data update diffs by entity.
const toJson = (entities: readonly object[]): string =>
  `[\n${entities.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;

// Check both before writing either, so a bad source never leaves a half-updated pair.
check('evacuation-sites.json', sites, EXPECTED.sites);
check('designated-shelters.json', shelters, EXPECTED.shelters);
mkdirSync(outDir, { recursive: true });
writeFileSync(resolve(outDir, 'evacuation-sites.json'), toJson(sites));
writeFileSync(resolve(outDir, 'designated-shelters.json'), toJson(shelters));
console.log(`fixtures: ${sites.length} EvacuationSite, ${shelters.length} DesignatedShelter`);
