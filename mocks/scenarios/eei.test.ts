import { describe, expect, it } from 'vitest';
import { parseEvacuationShelter } from '../../src/api/entities/live';
import { flattenEntity } from '../../src/api/ngsi/representation/entity';
import { DUPLICATE, INVALID_TWIN, OVER_CAPACITY, PREPARING } from './bad-data';
import { eeiPlanOf } from './eei';
import { seedPlans } from './plans';
import { overlaySpec } from './specs';
import { scenarioStateAt, type OverlayState } from './state';
import { entityUpdate } from './wire';

const SEED = 202614;
const H = 60;
const isOpen = (o: OverlayState) => o.openingStatus === 'open' || o.openingStatus === 'full';
const reporters = (s: ReturnType<typeof scenarioStateAt>) =>
  s.overlays.filter((o) => isOpen(o) && o.drinkingWater !== undefined);

describe('EEI in the typhoon drill', () => {
  const at18 = scenarioStateAt(SEED, 18 * H);
  const at24 = scenarioStateAt(SEED, 24 * H);

  it('a seeded share of the open shelters reports EEI, none of the planted ones', () => {
    const open = at18.overlays.filter(isOpen);
    const share = reporters(at18).length / open.length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.5);
    const planted = [OVER_CAPACITY, DUPLICATE, PREPARING, INVALID_TWIN].map(
      (p) => `urn:ngsi-ld:EvacuationShelter:${p.nationalShelterId}`,
    );
    for (const o of at18.overlays)
      if (planted.includes(o.id) || o.externalShelterId) expect(o.drinkingWater).toBeUndefined();
  });

  it('male + female is the headcount wherever both are reported', () => {
    for (const s of [at18, at24])
      for (const o of s.overlays)
        if (o.evacueeMale !== undefined)
          expect(o.evacueeMale + o.evacueeFemale!).toBe(o.evacueeTotal);
  });

  it('needs grow over the storm: more water short, more supplies asked for', () => {
    const short = (s: typeof at18) => reporters(s).filter((o) => o.drinkingWater === '不足');
    const asked = (s: typeof at18) =>
      reporters(s).reduce((n, o) => n + (JSON.parse(o.suppliesNeeded!) as string[]).length, 0);
    const early = scenarioStateAt(SEED, 14 * H);
    expect(short(early).length).toBeLessThan(short(at18).length);
    expect(short(at18).length).toBeLessThan(short(at24).length);
    expect(asked(early) / reporters(early).length).toBeLessThan(
      asked(at24) / reporters(at24).length,
    );
  });

  it('some open shelters go quiet for hours: their report stops advancing', () => {
    const behind = (o: OverlayState) => at18.stormMinutes - o.reportMinute;
    // Everyone reports every 10 storm minutes, but the quiet ones (and the legacy duplicate).
    const quiet = at18.overlays.filter(
      (o) => isOpen(o) && behind(o) >= 10 && o.id !== DUPLICATE.id,
    );
    expect(quiet.filter((o) => behind(o) > 3 * H).length).toBeGreaterThan(5);
    const plans = seedPlans(SEED).masters;
    for (const o of quiet) {
      const q = eeiPlanOf(
        SEED,
        plans.find((p) => p.id === o.id)!,
      )?.quiet;
      if (!q) throw new Error(`${o.id} is behind without a quiet spell`);
      expect(o.reportMinute).toBe(q.from);
      // The spell ends: the shelter reports again, before it closes.
      expect(q.until).toBeGreaterThan(18 * H);
      const after = scenarioStateAt(SEED, q.until).overlays.find((x) => x.id === o.id)!;
      expect(after.reportMinute).toBe(q.until);
    }
  });

  it('goes on the wire as the contract says, and the app reads every field back', () => {
    const o = reporters(at24).find(
      (x) => x.livingConditions !== undefined && x.petsAccepted !== undefined,
    )!;
    const wire = entityUpdate(overlaySpec, o, undefined, (m) => Date.UTC(2026, 8, 1) + m * 60_000)!;
    expect(wire['suppliesNeeded']).toMatchObject({
      type: 'Property',
      value: JSON.parse(o.suppliesNeeded!),
    });
    const flat = flattenEntity(wire, 'normalized');
    if (!flat.ok) throw new Error(flat.reason);
    const parsed = parseEvacuationShelter(flat.entity);
    expect(parsed.ok && parsed.warnings).toEqual([]);
    expect(parsed.ok && parsed.value.eei).toMatchObject({
      drinkingWater: o.drinkingWater,
      suppliesNeeded: JSON.parse(o.suppliesNeeded!),
      livingConditions: JSON.parse(o.livingConditions!),
      petsAccepted: o.petsAccepted,
      toiletCount: o.toiletCount,
    });
  });

  it('typhoon-vacan sends no EEI and never goes quiet', () => {
    const v = scenarioStateAt(SEED, 18 * H, { scenario: 'typhoon-vacan' });
    expect(v.overlays.some((o) => o.drinkingWater !== undefined)).toBe(false);
    const behind = v.overlays.filter((o) => isOpen(o) && 18 * H - o.reportMinute >= 10);
    expect(behind.map((o) => o.id)).toEqual([DUPLICATE.id]);
  });
});
