/**
 * The one-pass facility grouping and the boxed suspect test give exactly what the plain
 * definitions give, on the real masters and on a synthetic nationwide-sized sample.
 */
import { describe, expect, it } from 'vitest';
import { distanceToMultiPolygonKm } from '../../../domain/geo';
import { municipalityFromAddress } from '../../../domain/municipalities';
import type { Designation, FacilityRole } from '../../../domain/types';
import { HAZARD_TYPES } from '../../../domain/types';
import { validateFeed } from '../../../api/entities/validate-feed';
import { parseDesignatedShelter, parseEvacuationSite } from '../../../api/entities/masters';
import { flattenEntity } from '../../../api/ngsi/representation/entity';
import { fixtureEntities } from '../../../../mocks/fixtures/load';
import { shippedBoundaries } from '../../../../mocks/scale/boundaries';
import { scaleSet } from '../../../../mocks/scale/source';
import type { NgsiEntity } from '../../../../mocks/broker';
import { facilityKey } from '../../../domain/facility-key';
import { buildFacilities, countDesignations, roleOf } from './facilities';
import { findSuspectDesignations, SUSPECT_DISTANCE_KM } from './suspect';

const designationsOf = (entities: readonly NgsiEntity[]): Designation[] => [
  ...validateFeed(
    entities.filter((e) => e.type === 'EvacuationSite'),
    'EvacuationSite',
    flattenEntity,
    parseEvacuationSite,
  ).items,
  ...validateFeed(
    entities.filter((e) => e.type === 'DesignatedShelter'),
    'DesignatedShelter',
    flattenEntity,
    parseDesignatedShelter,
  ).items,
];

const ORDER: readonly FacilityRole[] = ['welfare', 'shelter', 'site'];
const first = (list: readonly Designation[]) =>
  [...list].sort((a, b) => ORDER.indexOf(roleOf(a)) - ORDER.indexOf(roleOf(b)))[0]!;

/** The definition, written plainly: group, pick by role, collect roles and hazards. */
function plainFacilities(designations: readonly Designation[], suspect: ReadonlySet<Designation>) {
  const groups = new Map<string, Designation[]>();
  for (const d of designations)
    groups.set(facilityKey(d.nationalShelterId), [
      ...(groups.get(facilityKey(d.nationalShelterId)) ?? []),
      d,
    ]);
  return [...groups.values()].flatMap((list) => {
    const placed = list.filter((d) => !suspect.has(d));
    if (placed.length === 0) return [];
    const roles = ORDER.filter((r) => list.some((d) => roleOf(d) === r));
    const hazards = new Set(list.flatMap((d) => (d.kind === 'site' ? d.hazardTypes : [])));
    const rep = first(placed);
    return [
      {
        name: first(list).name,
        address: rep.address,
        municipalityCode: rep.municipalityCode,
        placed: rep,
        roles,
        primaryRole: roles[0]!,
        alsoSite: roles.includes('site') && roles.length > 1,
        hazardTypes: HAZARD_TYPES.filter((h) => hazards.has(h)),
        designations: list,
      },
    ];
  });
}

/** Each designation's distance by the plain rule: the nearer of its two candidate municipalities. */
function plainSuspects(designations: readonly Designation[]) {
  const { byCode } = shippedBoundaries();
  return designations.flatMap((d) => {
    const codes = [d.municipalityCode, municipalityFromAddress(d.address) ?? d.municipalityCode];
    const km = Math.min(
      ...codes.flatMap((c) => {
        const p = byCode.get(c);
        return p ? [distanceToMultiPolygonKm(d.location, p)] : [];
      }),
    );
    return km > SUSPECT_DISTANCE_KM ? [{ d, km }] : [];
  });
}

describe.each([
  ['the real masters', () => designationsOf(fixtureEntities())],
  ['20,000 synthetic masters, 20 planted far out', () => designationsOf(scaleSet(20_000).entities)],
])('%s', (_label, load) => {
  const designations = load();
  const { byCode } = shippedBoundaries();

  it('finds the same doubtful designations at the same distances', () => {
    const found = findSuspectDesignations(designations, byCode);
    const plain = plainSuspects(designations);
    const at = new Map(designations.map((d, i) => [d, i]));
    expect(found.map((s) => [at.get(s.designation), s.distanceKm]).sort()).toEqual(
      plain.map((s) => [at.get(s.d), s.km]).sort(),
    );
    expect(found.length).toBeGreaterThan(0);
  });

  it('groups the same facilities, with and without suspect designations', () => {
    const suspect = new Set(
      findSuspectDesignations(designations, byCode).map((s) => s.designation),
    );
    expect(buildFacilities(designations)).toEqual(plainFacilities(designations, new Set()));
    expect(buildFacilities(designations, suspect)).toEqual(plainFacilities(designations, suspect));
  });

  it('counts what the facilities say', () => {
    const all = plainFacilities(designations, new Set());
    const counts = countDesignations(designations);
    expect(counts.facilities).toBe(all.length);
    expect(counts.both).toBe(
      all.filter((f) => f.roles.includes('site') && f.roles.length > 1).length,
    );
    expect(counts.sites + counts.shelters).toBe(designations.length);
  });
});
