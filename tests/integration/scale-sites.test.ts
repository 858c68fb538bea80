import { describe, expect, it } from 'vitest';
import { validateFeed } from '../../src/api/entities/validate-feed';
import { parseDesignatedShelter, parseEvacuationSite } from '../../src/api/entities/masters';
import { flattenEntity } from '../../src/api/ngsi/representation/entity';
import { deriveShelterView } from '../../src/features/operations/model/shelter-view';
import { fixtureEntities } from '../../mocks/fixtures/load';
import { shippedBoundaries } from '../../mocks/scale/boundaries';
import { PLANT_EVERY } from '../../mocks/scale/generate';
import { scaleSet } from '../../mocks/scale/source';
import { facilityTemplates } from '../../mocks/scale/templates';

/** Facilities in the shipped masters (README: 2,182). */
const FIXTURE_FACILITIES = 2_182;

const parsed = (count: number, seed?: number) => {
  const set = scaleSet(count, seed);
  const sites = validateFeed(
    set.entities.filter((e) => e.type === 'EvacuationSite'),
    'EvacuationSite',
    flattenEntity,
    parseEvacuationSite,
  );
  const shelters = validateFeed(
    set.entities.filter((e) => e.type === 'DesignatedShelter'),
    'DesignatedShelter',
    flattenEntity,
    parseDesignatedShelter,
  );
  return { set, designations: [...sites.items, ...shelters.items], sites, shelters };
};

describe('synthetic nationwide masters', () => {
  const big = parsed(12_000);

  it('makes exactly the count asked for, every one valid for the app', () => {
    expect(big.set.entities).toHaveLength(12_000);
    expect(big.designations).toHaveLength(12_000);
    expect(big.sites.report.skipped + big.shelters.report.skipped).toBe(0);
    expect(new Set(big.set.entities.map((e) => e.id)).size).toBe(12_000);
  });

  it('copies whole rounds of the real facilities: same kinds, same municipalities', () => {
    const { byCode } = shippedBoundaries();
    const templates = facilityTemplates(fixtureEntities(), byCode);
    const perRound = templates.flatMap((t) => t.designations);
    const set = scaleSet(2 * perRound.length);
    const key = (e: { type: string; id: string }) =>
      `${e.type} ${e.id.split(':').pop()!.slice(1, 6)}`;
    const tally = (list: readonly { type: string; id: string }[]) => {
      const m = new Map<string, number>();
      for (const e of list) m.set(key(e), (m.get(key(e)) ?? 0) + 1);
      return m;
    };
    const once = tally(perRound);
    expect(tally(set.entities)).toEqual(new Map([...once].map(([k, n]) => [k, 2 * n])));
    expect(set.facilities).toBe(2 * templates.length);
    expect(templates.length).toBeGreaterThan(0.9 * FIXTURE_FACILITIES);
  });

  it('is the same for the same seed and differs for another', () => {
    const again = scaleSet(2_000);
    const other = scaleSet(2_000, 7);
    expect(again.entities).toEqual(big.set.entities.slice(0, 2_000));
    expect(other.entities.map((e) => e.location)).not.toEqual(
      again.entities.map((e) => e.location),
    );
  });

  it('plants one doubtful facility in a thousand, and the app finds exactly those', () => {
    const view = deriveShelterView(big.designations, shippedBoundaries().byCode);
    expect(big.set.planted.length).toBeGreaterThanOrEqual(
      Math.floor(big.set.facilities / PLANT_EVERY) - 1,
    );
    const planted = new Set(big.set.planted);
    const sharedIdOf = (e: (typeof big.set.entities)[number]) =>
      (e.nationalShelterId as { value: string }).value;
    expect(view.suspects.map((s) => s.designation.nationalShelterId).sort()).toEqual(
      big.set.entities
        .filter((e) => planted.has(e.id))
        .map(sharedIdOf)
        .sort(),
    );
    expect(view.counts.facilities).toBe(big.set.facilities);
  });

  it('refuses a count that is not a positive whole number', () => {
    expect(() => scaleSet(0)).toThrow(/≥ 1/);
    expect(() => scaleSet(2.5)).toThrow(/≥ 1/);
  });
});
