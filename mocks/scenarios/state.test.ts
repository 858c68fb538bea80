import { describe, expect, it } from 'vitest';
import { DUPLICATE, INVALID_TWIN, OVER_CAPACITY, PREPARING, TEMPORARY } from './bad-data';
import { seedPlans } from './plans';
import { scenarioStateAt, type ScenarioState } from './state';
import { firstIssued, levelsInForce, realEvacuees } from './testing';
import { CYCLE_MINUTES, EVENT_END_MINUTE } from './track';

const SEED = 202614;
const GOTO = '422118';
const TSUSHIMA = '422096';
const EXCLUDED = [DUPLICATE.id, INVALID_TWIN.id, OVER_CAPACITY.nationalShelterId];
// One state every 10 storm minutes over a whole cycle (shared by the tests below).
const cycle: ScenarioState[] = [];
for (let m = 0; m < CYCLE_MINUTES; m += 10) cycle.push(scenarioStateAt(SEED, m));
const end = cycle.at(-1)!;

describe('scenarioStateAt is a pure function of (seed, storm minute)', () => {
  it('gives identical states for the same seed and minute, different ones across seeds', () => {
    expect(scenarioStateAt(SEED, 1234)).toEqual(scenarioStateAt(SEED, 1234));
    const a = scenarioStateAt(1, 1300).overlays.map((o) => o.evacueeTotal);
    const b = scenarioStateAt(2, 1300).overlays.map((o) => o.evacueeTotal);
    expect(a).not.toEqual(b);
  });

  it('loops: a later cycle replays the first with new event and issuance ids', () => {
    const first = scenarioStateAt(SEED, 1300);
    const second = scenarioStateAt(SEED, CYCLE_MINUTES + 1300);
    expect(second.cycle).toBe(1);
    expect(second.event.id).toBe('urn:ngsi-ld:DisasterEvent:drill-typhoon-2026-14-run2');
    expect(second.previousEvent).toMatchObject({ projectStatus: 'closed' });
    const counts = (s: ScenarioState) => s.overlays.map((o) => [o.openingStatus, o.evacueeTotal]);
    expect(counts(second)).toEqual(counts(first));
    const current = second.evacuationInformation.filter((i) => i.eventId === second.event.id);
    expect(current.map((i) => i.alertLevel)).toEqual(
      first.evacuationInformation.map((i) => i.alertLevel),
    );
  });
});

describe('shelters stay plausible over a whole cycle', () => {
  const capacity = new Map(
    [...seedPlans(SEED).masters, ...seedPlans(SEED).temporary].map((p) => [p.id, p.capacity]),
  );

  it('has one overlay per DesignatedShelter plus the planted ones', () => {
    const ids = new Set(end.overlays.map((o) => o.id));
    expect(seedPlans(SEED).masters).toHaveLength(1478);
    // + the legacy duplicate and the relay's invalid twin.
    expect(ids.size).toBe(1478 + TEMPORARY.length + 2);
  });

  it('never reports negative, fractional or over-capacity counts (but the planted one)', () => {
    const problems: string[] = [];
    for (const s of cycle)
      for (const o of s.overlays) {
        if (o.id === INVALID_TWIN.id) continue;
        const total = o.evacueeTotal ?? -1;
        const households = o.evacueeHouseholds ?? -1;
        const cap = o.maxCapacity ?? capacity.get(o.id) ?? 0;
        const planted = o.nationalShelterId === OVER_CAPACITY.nationalShelterId;
        const bad =
          !Number.isInteger(total) ||
          total < 0 ||
          !Number.isInteger(households) ||
          households < 0 ||
          households > total ||
          (!planted && total > cap) ||
          (o.openingStatus !== 'open' && o.openingStatus !== 'full' && total !== 0) ||
          (o.openingStatus === 'full' && total !== cap);
        if (bad) problems.push(`${s.stormMinutes} ${o.id} ${o.openingStatus} ${total}/${cap}`);
      }
    expect(problems).toEqual([]);
  });

  it('stamps openedAt before closedAt, and neither on a shelter that never opened', () => {
    const never = new Set(
      seedPlans(SEED)
        .masters.filter((p) => !p.open)
        .map((p) => p.id),
    );
    expect(never.size).toBeGreaterThan(100);
    for (const o of end.overlays) {
      if (never.has(o.id)) expect([o.openedMinute, o.closedMinute]).toEqual([undefined, undefined]);
      else if (o.id !== DUPLICATE.id) expect(o.openedMinute!).toBeLessThan(o.closedMinute!);
    }
  });

  it('peaks at a plausible prefecture-wide total, near the closest approach', () => {
    const totals = cycle.map((s) => realEvacuees(s, EXCLUDED));
    const peak = Math.max(...totals);
    expect(peak).toBeGreaterThan(5_000);
    expect(peak).toBeLessThan(15_000);
    const peakHour = (totals.indexOf(peak) * 10) / 60;
    expect(peakHour).toBeGreaterThan(18);
    expect(peakHour).toBeLessThan(25);
    // Nobody is left at the end of the cycle, and every shelter has closed again.
    expect(totals.at(-1)).toBe(0);
    // (The legacy duplicate froze while open: that is the point of it.)
    const live = end.overlays.filter((o) => o.openingStatus !== 'closed' && o.id !== DUPLICATE.id);
    expect(live).toHaveLength(0);
  });

  it('fills a handful of shelters per large municipality', () => {
    const full = new Set<string>();
    for (const s of cycle)
      for (const o of s.overlays) if (o.openingStatus === 'full') full.add(o.id);
    expect(full.size).toBeGreaterThanOrEqual(20);
    const nagasaki = [...full].filter((id) => id.includes('E42201'));
    expect(nagasaki.length).toBeGreaterThanOrEqual(3);
    expect(nagasaki.length).toBeLessThanOrEqual(10);
  });
});

describe('evacuation information follows the storm', () => {
  it('warns the southwest islands first: Goto level 3 long before Tsushima', () => {
    const goto = firstIssued(end, GOTO, 3)!;
    const tsushima = firstIssued(end, TSUSHIMA, 3)!;
    expect(goto).toBeLessThan(tsushima - 6 * 60);
  });

  it('only raises levels until the lift, then lifts everything', () => {
    const highest = new Map<string, number>();
    const lifted = new Set<string>();
    for (const s of cycle) {
      const now = levelsInForce(s);
      for (const [code, before] of highest) {
        const level = now.get(code) ?? 0;
        if (level < before) {
          expect(level).toBe(0); // a drop only happens as the lift
          lifted.add(code);
        } else expect(lifted.has(code)).toBe(false); // never re-issued after the lift
      }
      for (const [code, level] of now) highest.set(code, Math.max(level, highest.get(code) ?? 0));
    }
    expect(highest.size).toBe(21);
    expect(lifted.size).toBe(21);
    expect([...highest.values()].filter((l) => l === 5).length).toBeGreaterThanOrEqual(2);
    for (const i of end.evacuationInformation)
      expect(i.liftedMinute).toBeGreaterThan(i.issuedMinute);
  });

  it('issues 3 → 4 → 5 in order with labels and 6-digit codes', () => {
    const labels = { 3: '高齢者等避難', 4: '避難指示', 5: '緊急安全確保' };
    for (const i of end.evacuationInformation) {
      expect(i.localGovernmentCode).toMatch(/^\d{6}$/);
      expect(i.alertLabel).toBe(labels[i.alertLevel]);
      expect(i.targetPersons).toBeGreaterThan(0);
    }
    const goto = end.evacuationInformation.filter((i) => i.localGovernmentCode === GOTO);
    expect(goto.map((i) => i.alertLevel)).toEqual([3, 4, 5]);
    expect(goto[0]!.issuedMinute < goto[1]!.issuedMinute).toBe(true);
  });

  it('closes the event after the storm', () => {
    expect(scenarioStateAt(SEED, EVENT_END_MINUTE - 1).event.projectStatus).toBe('active');
    expect(scenarioStateAt(SEED, EVENT_END_MINUTE).event).toMatchObject({
      projectStatus: 'closed',
      endMinute: EVENT_END_MINUTE,
    });
  });
});

describe('the VACAN variant', () => {
  it('sends congestion levels and statuses, no headcounts and no capacity', () => {
    const s = scenarioStateAt(SEED, 21 * 60, { scenario: 'typhoon-vacan' });
    const levels = new Set(s.overlays.map((o) => o.congestionLevel));
    expect([...levels].sort()).toEqual(['crowded', 'full', 'somewhatCrowded', 'vacant']);
    for (const o of s.overlays) {
      expect(o).not.toHaveProperty('evacueeTotal');
      expect(o).not.toHaveProperty('evacueeHouseholds');
      expect(o).not.toHaveProperty('maxCapacity');
      expect(o.openingStatus).toMatch(/^(open|closed|full|preparing)$/);
    }
  });
});

describe('planted bad data', () => {
  const at18h = scenarioStateAt(SEED, 18 * 60);
  const byId = new Map(at18h.overlays.map((o) => [o.id, o]));
  const real = (nid: string) => byId.get(`urn:ngsi-ld:EvacuationShelter:${nid}`)!;

  it('is all visible when a drill starts (18 storm hours in)', () => {
    expect(real(OVER_CAPACITY.nationalShelterId).evacueeTotal).toBeGreaterThan(
      3 * real(OVER_CAPACITY.nationalShelterId).maxCapacity!,
    );
    expect(real(PREPARING.nationalShelterId).openingStatus).toBe('preparing');
    const duplicate = byId.get(DUPLICATE.id)!;
    expect(duplicate.nationalShelterId).toBe(DUPLICATE.nationalShelterId);
    expect(duplicate.reportMinute).toBeLessThan(real(DUPLICATE.nationalShelterId).reportMinute);
    for (const t of TEMPORARY) expect(byId.get(t.id)?.openingStatus).toBe('open');
    // The relay's copy: the same report (so the same observedAt), a negative headcount, and an
    // id that sorts first.
    const twin = byId.get(INVALID_TWIN.id)!;
    const orig = real(INVALID_TWIN.nationalShelterId);
    expect(twin.reportMinute).toBe(orig.reportMinute);
    expect(orig.evacueeTotal).toBeGreaterThan(50);
    expect(twin.evacueeTotal).toBe(-orig.evacueeTotal!);
    expect({ ...twin, id: orig.id, evacueeTotal: orig.evacueeTotal }).toEqual(orig);
    expect(twin.id < orig.id).toBe(true);
  });

  it('the duplicate stays older than the real overlay in later cycles too', () => {
    for (const m of [CYCLE_MINUTES + 100, CYCLE_MINUTES + 1300]) {
      const s = scenarioStateAt(SEED, m);
      const dup = s.overlays.find((o) => o.id === DUPLICATE.id)!;
      const orig = s.overlays.find(
        (o) => o.nationalShelterId === DUPLICATE.nationalShelterId && o.id !== DUPLICATE.id,
      )!;
      expect(dup.reportMinute).toBeLessThan(orig.closedMinute ?? orig.reportMinute);
    }
  });

  it('is gone with badData: false', () => {
    const clean = scenarioStateAt(SEED, 18 * 60, { badData: false });
    expect(clean.overlays).toHaveLength(1478);
    expect(clean.overlays.some((o) => o.id === INVALID_TWIN.id)).toBe(false);
    const vacan = scenarioStateAt(SEED, 18 * 60, { scenario: 'typhoon-vacan' });
    expect(vacan.overlays.some((o) => o.id === INVALID_TWIN.id)).toBe(false);
    expect(clean.overlays.some((o) => o.openingStatus === 'preparing')).toBe(false);
    const o = clean.overlays.find((x) => x.nationalShelterId === OVER_CAPACITY.nationalShelterId)!;
    expect(o.evacueeTotal).toBeLessThanOrEqual(o.maxCapacity!);
  });
});
