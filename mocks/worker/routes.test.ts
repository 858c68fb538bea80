import { describe, expect, it } from 'vitest';
import { servedByMock } from './routes';

describe('what the page hands to the mock worker', () => {
  it.each<[string, boolean]>([
    ['http://127.0.0.1:5173/ngsi-ld/v1/entities?type=EvacuationSite&limit=500', true],
    ['http://127.0.0.1:5173/sub/path/ngsi-ld/v1/entities/urn%3Angsi-ld%3AX%3A1', true],
    ['http://127.0.0.1:5173/ngsi-ld/v1/temporal/entities?type=EvacuationShelter', true],
    ['http://127.0.0.1:5173/ngsi-ld/v1', true],
    ['http://127.0.0.1:5173/v2/entities?type=EvacuationShelter', true],
    ['http://127.0.0.1:5173/v2/types/EvacuationShelter/attrs/evacueeTotal', true],
    ['http://127.0.0.1:5173/ckan/api/3/action/package_search?rows=10', true],
    ['http://127.0.0.1:5173/ckan/api/action/organization_list', true],
    // The page's own files go to the network.
    ['http://127.0.0.1:5173/', false],
    ['http://127.0.0.1:5173/index.html', false],
    ['http://127.0.0.1:5173/config.json', false],
    ['http://127.0.0.1:5173/assets/App-mhwA9Ta7.js', false],
    ['http://127.0.0.1:5173/data/municipalities.geojson', false],
    ['http://127.0.0.1:5173/mockServiceWorker.js', false],
    ['http://127.0.0.1:5173/basemap/tiles/7/113/52.pbf', false],
    // The dev server's modules, and a deployment under a path of its own.
    ['http://127.0.0.1:5173/src/api/v2/dialect.ts', false],
    ['http://127.0.0.1:5173/src/api/v2/', false],
    ['https://pref.example/v2/index.html', false],
    ['https://pref.example/v2/', false],
    // The query is not the path.
    ['http://127.0.0.1:5173/data/x.json?from=/ngsi-ld/v1', false],
    ['http://127.0.0.1:5173/ngsi-ld/v10/entities', false],
  ])('%s → %s', (url, served) => {
    expect(servedByMock(url)).toBe(served);
  });
});
