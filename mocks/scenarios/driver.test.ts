import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createBroker, type Broker, type JsonObject, type JsonValue } from '../broker';
import { asList, brokerRequest } from '../broker/testing';
import { createScenarioDriver, type ScenarioDriver, type ScenarioDriverOptions } from './driver';
import { seedPlans } from './plans';
import { scenarioStateAt } from './state';

const SEED = 7;
const T0 = Date.UTC(2026, 8, 1, 3, 0); // hour-aligned, so hourly buckets line up with reports
const MIN = 60_000;
let now = T0;
let driver: ScenarioDriver | undefined;
afterEach(() => driver?.stop());

function start(options: ScenarioDriverOptions = {}): Broker {
  now = T0;
  const broker = createBroker();
  driver = createScenarioDriver(broker, {
    seed: SEED,
    tickMs: 0,
    startOffsetMinutes: 1080,
    clock: { now: () => now },
    ...options,
  });
  return broker;
}

// Temporal answers, checked rather than cast.
const aggregated = z.object({ max: z.array(z.tuple([z.number(), z.string(), z.string()])) });
const series = z.object({ values: z.array(z.unknown()) }).optional();

const value = (entity: JsonObject | undefined, attr: string): JsonValue | undefined => {
  const a = entity?.[attr];
  return a && typeof a === 'object' && !Array.isArray(a) ? (a.value ?? a.object) : undefined;
};

/** The broker's entities of a type, by id (every page at once). */
function entities(broker: Broker, type: string): Map<string, JsonObject> {
  const res = broker.queryEntities(brokerRequest(`/entities?type=${type}&limit=1000`));
  const more = broker.queryEntities(brokerRequest(`/entities?type=${type}&limit=1000&offset=1000`));
  return new Map([...asList(res.body), ...asList(more.body)].map((e) => [String(e.id), e]));
}

function expectMirrors(broker: Broker, minute: number): void {
  const state = scenarioStateAt(SEED, minute);
  const shelters = entities(broker, 'EvacuationShelter');
  expect(shelters.size).toBe(state.overlays.length);
  for (const o of state.overlays) {
    const e = shelters.get(o.id);
    expect([value(e, 'openingStatus'), value(e, 'evacueeTotal')]).toEqual([
      o.openingStatus,
      o.evacueeTotal,
    ]);
  }
  const infos = entities(broker, 'EvacuationInformation');
  expect([...infos.keys()].sort()).toEqual(state.evacuationInformation.map((i) => i.id).sort());
}

describe('the scenario driver', () => {
  it('writes the state of the start minute, stamped in real time, history pre-filled', () => {
    const broker = start();
    expectMirrors(broker, 1080);
    // Issued before the drill started: mapped back at 1× from the start.
    const state = scenarioStateAt(SEED, 1080);
    const info = state.evacuationInformation[0]!;
    const wire = broker.getEntity(info.id);
    expect(value(wire, 'issuedAt')).toBe(
      new Date(T0 - (1080 - info.issuedMinute) * MIN).toISOString(),
    );
    expect(value(broker.getEntity(state.event.id), 'projectStatus')).toBe('active');
  });

  it('advances at speed, writing observedAt at the real time of each report', () => {
    const broker = start({ speed: 60 });
    now += 25_000; // 25 storm minutes
    const stats = driver!.tick();
    expect(stats.stormMinutes).toBe(1105);
    expect(stats.written).toBeGreaterThan(100);
    expectMirrors(broker, 1105);
    const open = scenarioStateAt(SEED, 1105).overlays.find((o) => o.openingStatus === 'open')!;
    const attr = broker.getEntity(open.id)?.evacueeTotal;
    expect(attr).toMatchObject({
      value: open.evacueeTotal,
      observedAt: new Date(T0 + (open.reportMinute - 1080) * 1000).toISOString(),
    });
    // Nothing to do within the same storm minute.
    now += 200;
    expect(driver!.tick().written).toBe(0);
  });

  it('pauses, resumes, jumps and removes what a jump back un-issues', () => {
    const broker = start({ speed: 60 });
    driver!.pause();
    now += 10 * MIN;
    driver!.tick();
    expect(driver!.status()).toMatchObject({ stormMinutes: 1080, paused: true });
    driver!.setStormMinutes(1500);
    expectMirrors(broker, 1500);
    driver!.setStormMinutes(700);
    expectMirrors(broker, 700);
    driver!.resume();
    now += 5_000;
    driver!.tick();
    expect(driver!.status().stormMinutes).toBe(705);
    driver!.setSpeed(120);
    now += 5_000;
    driver!.tick();
    expect(driver!.status()).toMatchObject({ stormMinutes: 715, speed: 120 });
  });

  it('feeds a history the temporal API aggregates per hour', () => {
    const broker = start({ speed: 1 });
    const plan = seedPlans(SEED).masters.find((p) => p.full && p.code5 === '42211')!;
    const url =
      `/temporal/entities?type=EvacuationShelter&id=${plan.id}&attrs=evacueeTotal` +
      `&timerel=between&timeAt=${new Date(T0 - 24 * 60 * MIN).toISOString()}` +
      `&endTimeAt=${new Date(T0).toISOString()}` +
      '&options=aggregatedValues&aggrMethods=max&aggrPeriodDuration=PT1H';
    const [row] = asList(broker.queryTemporal(brokerRequest(url)).body);
    const maxima = aggregated.parse(row?.evacueeTotal).max;
    expect(maxima.length).toBeGreaterThan(5);
    // Each hour's maximum, computed independently from the pure state at every storm minute
    // of that hour (at 1× before the start, storm minute m is T0 - (1080 - m) minutes).
    for (const [max, from] of maxima) {
      const first = 1080 - (T0 - Date.parse(from)) / MIN;
      // The shelter's reports inside that hour: every 10 minutes at its phase.
      const reports = Array.from({ length: 60 }, (_, k) => first + k).filter(
        (m) => (m - plan.phase) % 10 === 0,
      );
      const values = reports.map((m) => {
        const o = scenarioStateAt(SEED, m).overlays.find((x) => x.id === plan.id);
        return o?.evacueeTotal ?? 0;
      });
      expect(max).toBe(Math.max(...values));
    }
    expect(Math.max(...maxima.map(([v]) => v))).toBe(plan.capacity);
  });

  it('keeps the history inside the window while running for days', () => {
    const broker = start({ speed: 60 });
    // Coarse ticks (an hour of real time, 60 storm hours each) keep the test quick.
    for (let i = 0; i < 30; i++) {
      now += 60 * MIN;
      driver!.tick();
    }
    const old = broker.queryTemporal(
      brokerRequest(
        `/temporal/entities?type=EvacuationShelter&timerel=before&timeAt=${new Date(now - 26 * 60 * MIN).toISOString()}`,
      ),
    );
    expect(old.body).toEqual([]);
    const all = asList(
      broker.queryTemporal(
        brokerRequest(
          '/temporal/entities?type=EvacuationShelter&limit=1000&options=temporalValues',
        ),
      ).body,
    );
    const counts = all.map((e) => series.parse(e.evacueeTotal)?.values.length ?? 0);
    // At most two per hour over 26 hours, plus the last 10 minutes at full resolution.
    expect(Math.max(...counts)).toBeLessThanOrEqual(2 * 27 + 2);
  });

  it('drives the VACAN variant with congestion levels only', () => {
    const broker = start({ scenario: 'typhoon-vacan' });
    const shelters = [...entities(broker, 'EvacuationShelter').values()];
    expect(shelters.some((e) => value(e, 'congestionLevel') === 'crowded')).toBe(true);
    for (const e of shelters) {
      expect(e).not.toHaveProperty('evacueeTotal');
      expect(e).not.toHaveProperty('maxCapacity');
    }
  });
});
