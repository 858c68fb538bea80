import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createMockServer, LISTEN_OPTIONS } from '../../mocks/node';
import { DEFAULT_CONTEXT_URL } from '../../mocks/broker';
import { fixtureEntities } from '../../mocks/fixtures/load';
import { createNgsiClient } from '../../src/api/ngsi/client';
import { flattenEntity } from '../../src/api/ngsi/representation/entity';
import { validateFeed } from '../../src/api/entities/validate-feed';
import { parseDesignatedShelter, parseEvacuationSite } from '../../src/api/entities/masters';
import { parseBoundaries } from '../../src/domain/boundaries';
import { deriveShelterView } from '../../src/features/operations/model/shelter-view';
import { facilityKeyOf } from '../../src/features/operations/model/facilities';
import type { Designation } from '../../src/domain/types';

const API = 'http://broker.test';
const { server } = createMockServer();
beforeAll(() => server.listen(LISTEN_OPTIONS));
afterAll(() => server.close());

const client = createNgsiClient({ apiBaseUrl: API, contextUrl: DEFAULT_CONTEXT_URL });

describe('every fixture passes the app schemas, through the real client', () => {
  it.each([
    ['EvacuationSite', parseEvacuationSite, 1857],
    ['DesignatedShelter', parseDesignatedShelter, 1478],
  ] as const)('%s: all %#', async (type, parse, expected) => {
    const page = await client.queryEntities({ type });
    const { items, report } = validateFeed<Designation>(page.entities, type, flattenEntity, parse);
    expect(report.skipReasons).toEqual({});
    expect(report.warnings).toEqual({});
    expect(items).toHaveLength(expected);
    expect(page.duplicateIds).toBe(0);
  });

  it('also in keyValues and concise form', async () => {
    for (const options of ['keyValues', 'concise'] as const) {
      const page = await client.queryEntities({ type: 'DesignatedShelter', options });
      const { items, report } = validateFeed<Designation>(
        page.entities,
        'DesignatedShelter',
        flattenEntity,
        parseDesignatedShelter,
      );
      expect(report.skipped).toBe(0);
      expect(items).toHaveLength(1478);
    }
  });
});

describe('the shipped data, end to end through the model', () => {
  it('finds exactly the 4 doubtful coordinates SOURCES.md lists, and 2,182 facilities', () => {
    const designations: Designation[] = [];
    for (const raw of fixtureEntities()) {
      const flat = flattenEntity(raw);
      if (!flat.ok) throw new Error(flat.reason);
      const parsed =
        flat.entity.type === 'EvacuationSite'
          ? parseEvacuationSite(flat.entity)
          : parseDesignatedShelter(flat.entity);
      if (!parsed.ok) throw new Error(parsed.reason);
      designations.push(parsed.value);
    }
    const boundaries = parseBoundaries(
      JSON.parse(readFileSync('public/data/municipalities.geojson', 'utf8')),
    );
    const view = deriveShelterView(designations, boundaries.byCode);
    expect(view.suspects.map((s) => s.designation.nationalShelterId).sort()).toEqual([
      'E4220100051111',
      'E4220300062121',
      'E4230700042201',
      'E4232300026111',
    ]);
    expect(view.counts).toEqual({
      designations: 3335,
      sites: 1857,
      shelters: 1478,
      welfare: 195,
      facilities: 2182,
      both: 899,
    });
    // Each suspect designation belongs to a facility that is either placed elsewhere or left out.
    const placedKeys = new Set(view.facilities.map(facilityKeyOf));
    expect(view.facilities.length).toBeLessThanOrEqual(2182);
    expect(
      view.facilities.length +
        view.suspects.filter((s) => !placedKeys.has(s.designation.nationalShelterId.slice(0, 11)))
          .length,
    ).toBe(2182);
    // The map's table, from the same grouping: every designation and facility, once.
    expect(view.rows.at(-1)).toEqual({
      code: 'total',
      sites: 1857,
      shelters: 1478,
      welfare: 195,
      facilities: 2182,
      doubtful: 4,
    });
  });
});
