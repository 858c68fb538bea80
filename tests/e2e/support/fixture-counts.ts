import { readFileSync } from 'node:fs';

interface RawEntity {
  id: string;
  nationalShelterId: { value: string };
}

const read = (name: string): RawEntity[] =>
  JSON.parse(
    readFileSync(new URL(`../../../mocks/fixtures/${name}`, import.meta.url), 'utf8'),
  ) as RawEntity[];

/** Expected numbers computed straight from the fixture files, independently of the app. */
export function fixtureCounts() {
  const sites = read('evacuation-sites.json');
  const shelters = read('designated-shelters.json');
  const ids = [...sites, ...shelters].map((e) => e.nationalShelterId.value);
  return {
    sites: sites.length,
    shelters: shelters.length,
    welfare: shelters.filter((e) => e.nationalShelterId.value.slice(11, 13) === '12').length,
    designations: ids.length,
    facilities: new Set(ids.map((id) => id.slice(0, 11))).size,
    ids,
  };
}
