/** The shelter plans of a seed: one per master shelter (fixture order), then the temporaries. */
import { alertPlans } from './alerts';
import { FORCED_OPENING, OVERLAY_ID_PREFIX, TEMPORARY } from './bad-data';
import { buildPlans, type PlanInput, type ShelterPlan } from './shelter-plan';
import { masterShelters } from './shelters';

export interface SeedPlans {
  /** One per DesignatedShelter, in fixture order. */
  masters: readonly ShelterPlan[];
  /** The planted temporary shelters (served only with bad data on). */
  temporary: readonly ShelterPlan[];
  byNationalId: ReadonlyMap<string, ShelterPlan>;
}

function masterInputs(): PlanInput[] {
  return masterShelters().map((s) => {
    const force = FORCED_OPENING[s.nationalShelterId];
    return {
      id: `${OVERLAY_ID_PREFIX}${s.nationalShelterId}`,
      nationalShelterId: s.nationalShelterId,
      code5: s.code5,
      code6: s.code6,
      name: s.name,
      welfare: s.welfare,
      ...(force ? { force } : {}),
    };
  });
}

const cache = new Map<number, SeedPlans>();

/** Memoised per seed: building takes a few ms and every tick needs it. */
export function seedPlans(seed: number): SeedPlans {
  let plans = cache.get(seed);
  if (!plans) {
    const inputs = masterInputs();
    const all = buildPlans(seed, [...inputs, ...TEMPORARY], alertPlans(seed));
    const masters = all.slice(0, inputs.length);
    plans = {
      masters,
      temporary: all.slice(inputs.length),
      byNationalId: new Map(masters.map((p) => [p.nationalShelterId ?? p.id, p])),
    };
    if (cache.size >= 8) cache.clear();
    cache.set(seed, plans);
  }
  return plans;
}
