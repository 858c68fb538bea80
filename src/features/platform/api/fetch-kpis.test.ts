import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { createMockServer, LISTEN_OPTIONS } from '../../../../mocks/node';
import { DEFAULT_CONTEXT_URL, isJsonObject, type NgsiEntity } from '../../../../mocks/broker';
import {
  createDefaultBroker,
  fixtureEntities,
  FIXTURE_WRITTEN_AT,
} from '../../../../mocks/fixtures/load';
import { createScenarioDriver } from '../../../../mocks/scenarios';
import { SERVICES } from '../../../../mocks/lifelines/routes';
import { createNgsiClient } from '../../../api/ngsi/client';
import { MUNICIPALITIES } from '../../../domain/municipalities';
import type { KpiSnapshot, Measure } from '../model/types';
import { fetchPlatformKpis } from './fetch-kpis';

const NOW = Date.parse('2026-09-01T03:00:00Z');
const API = 'http://broker.test';
const broker = createDefaultBroker({ now: () => NOW, tourismNow: () => NOW });
const { server } = createMockServer(broker);
beforeAll(() => server.listen(LISTEN_OPTIONS));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = createNgsiClient({ apiBaseUrl: API, contextUrl: DEFAULT_CONTEXT_URL });
const fetchKpis = (previous?: KpiSnapshot) =>
  fetchPlatformKpis({ client, previous, now: () => NOW });

/** Records per 5-digit code, counted from the raw fixtures without the app's code. */
function expectedCounts(entities: readonly NgsiEntity[], type: string): Map<string, number> {
  const out = new Map<string, number>(MUNICIPALITIES.map((m) => [m.code, 0]));
  for (const e of entities) {
    const attr = e.localGovernmentCode;
    const code = isJsonObject(attr) ? String(attr.value).slice(0, 5) : '';
    if (e.type === type && out.has(code)) out.set(code, (out.get(code) ?? 0) + 1);
  }
  return out;
}

const valueOf = (m: Measure | undefined) => (m?.state === 'ok' ? m.value : m?.state);
const cellsOf = (s: KpiSnapshot, type: string) =>
  new Map(
    MUNICIPALITIES.map((m) => [
      m.code,
      valueOf(s.attributable.find((t) => t.name === type)?.cells[m.code]),
    ]),
  );

describe('fetchPlatformKpis over the mock broker (fixtures)', () => {
  it('counts each master per municipality, equal to the fixtures', async () => {
    const s = await fetchKpis();
    expect(s.attributable.map((t) => t.name).sort()).toEqual([
      'DesignatedShelter',
      'EvacuationSite',
    ]);
    for (const type of ['EvacuationSite', 'DesignatedShelter'])
      expect(cellsOf(s, type)).toEqual(expectedCounts(fixtureEntities(), type));
    const sites = s.attributable.find((t) => t.name === 'EvacuationSite');
    expect(sites?.total).toEqual({ state: 'ok', value: 1857, at: NOW });
    expect(sites?.attribution).toBe('attributeNames');
    expect(s.at).toBe(NOW);
  });

  it('gives every municipality with records the fixtures’ write time as its newest', async () => {
    const s = await fetchKpis();
    const shelters = s.attributable.find((t) => t.name === 'DesignatedShelter');
    expect(shelters?.newest).toMatchObject({ state: 'ok', source: 'modifiedAt', truncated: false });
    const written = Date.parse(FIXTURE_WRITTEN_AT['designated-shelters.json']);
    const newest = shelters?.newest.state === 'ok' ? shelters.newest.newest : {};
    for (const [code, n] of expectedCounts(fixtureEntities(), 'DesignatedShelter'))
      expect(newest[code]).toBe(n > 0 ? written : undefined);
  });

  it('lists tourism as prefecture-level; the mock refuses an unbounded count: not supported', async () => {
    const s = await fetchKpis();
    expect(s.prefectureLevel.map((p) => [p.name, p.total.state]).sort()).toEqual([
      // The services built on the platform name municipalities in a list, not one code.
      ['PlatformService', 'ok'],
      ['TourismPresenceObserved', 'unsupported'],
      ['TouristFlowObserved', 'unsupported'],
      // The services' status carries no municipality code of its own: prefecture-wide.
      ['TransportServiceStatus', 'ok'],
    ]);
    expect(
      s.prefectureLevel.find((p) => p.name === 'TourismPresenceObserved')?.total,
    ).toMatchObject({
      status: 403,
      detail: 'TooManyResults',
    });
  });

  it('asks both code forms, never more than 4 requests at once', async () => {
    let running = 0;
    let peak = 0;
    const queries: string[] = [];
    server.use(
      http.get('*/ngsi-ld/v1/*', async ({ request }) => {
        const q = new URL(request.url).searchParams.get('q');
        if (q) queries.push(q);
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 3));
        running -= 1;
        return undefined; // on to the broker
      }),
    );
    await fetchKpis();
    expect(peak).toBe(4);
    expect(queries).toContain('localGovernmentCode=="422011","42201"');
    expect(queries).toContain('localGovernmentCode=="423912","42391"');
    expect(queries.filter((q) => q.startsWith('localGovernmentCode=='))).toHaveLength(2 * 21);
  });

  it('keeps the last good count of a failing cell, stale; the others move on', async () => {
    const first = await fetchKpis();
    server.use(
      http.get('*/ngsi-ld/v1/entities', ({ request }) => {
        const url = new URL(request.url);
        const q = url.searchParams.get('q') ?? '';
        if (url.searchParams.get('type') === 'EvacuationSite' && q.includes('"42202"'))
          return new HttpResponse('<html>bad gateway</html>', { status: 502 });
        return undefined;
      }),
    );
    const later = NOW + 60_000;
    const second = await fetchPlatformKpis({ client, previous: first, now: () => later });
    const sites = second.attributable.find((t) => t.name === 'EvacuationSite');
    const expected = expectedCounts(fixtureEntities(), 'EvacuationSite');
    expect(sites?.cells['42202']).toEqual({
      state: 'stale',
      value: expected.get('42202'),
      at: NOW,
      error: 'HTTP 502 Bad Gateway',
      failedAt: later,
    });
    expect(sites?.cells['42201']).toEqual({ state: 'ok', value: expected.get('42201'), at: later });
  });

  it.each([
    [400, 'BadRequestData'],
    [403, 'TooManyResults'],
    [501, 'OperationNotSupported'],
  ])('a %i on a count is "not supported", not 0', async (status, name) => {
    server.use(
      http.get('*/ngsi-ld/v1/entities', ({ request }) => {
        const q = new URL(request.url).searchParams.get('q') ?? '';
        if (!q.includes('"42201"')) return undefined;
        return HttpResponse.json(
          { type: `https://uri.etsi.org/ngsi-ld/errors/${name}`, title: name, status },
          { status, headers: { 'Content-Type': 'application/json' } },
        );
      }),
    );
    const s = await fetchKpis();
    for (const t of s.attributable)
      expect(t.cells['42201']).toEqual({ state: 'unsupported', status, detail: name });
  });

  it('without attribute names in /types, probes each type for localGovernmentCode', async () => {
    const seen: string[] = [];
    server.use(
      http.get('*/ngsi-ld/v1/types', ({ request }) => {
        if (new URL(request.url).searchParams.get('details') === 'true')
          return new HttpResponse(null, { status: 501 });
        return undefined;
      }),
      http.get('*/ngsi-ld/v1/entities', ({ request }) => {
        const q = new URL(request.url).searchParams.get('q');
        if (q === 'localGovernmentCode')
          seen.push(new URL(request.url).searchParams.get('type') ?? '');
        return undefined;
      }),
    );
    const s = await fetchKpis();
    expect(seen.sort()).toEqual([
      'DesignatedShelter',
      'EvacuationSite',
      'PlatformService',
      'TourismPresenceObserved',
      'TouristFlowObserved',
      'TransportServiceStatus',
    ]);
    expect(s.attributable.map((t) => [t.name, t.attribution]).sort()).toEqual([
      ['DesignatedShelter', 'probe'],
      ['EvacuationSite', 'probe'],
    ]);
    // The mock refuses the tourism probe (unbounded): the dashboard cannot tell, and says so.
    // The services answer the probe: none has a municipality code, so prefecture-wide.
    expect(s.prefectureLevel.map((p) => [p.name, p.attribution])).toEqual([
      ['PlatformService', 'probe'],
      ['TourismPresenceObserved', 'unknown'],
      ['TouristFlowObserved', 'unknown'],
      ['TransportServiceStatus', 'probe'],
    ]);
  });

  it('rejects when nothing at all succeeds, so the last snapshot stays with the error', async () => {
    server.use(http.get('*/ngsi-ld/v1/entities', () => new HttpResponse(null, { status: 503 })));
    await expect(fetchKpis()).rejects.toThrow(/no platform KPI query succeeded: HTTP 503/);
  });
});

describe('fetchPlatformKpis over the drill', () => {
  it('adds the live types per municipality, and counts DisasterEvent prefecture-wide', async () => {
    const drillBroker = createDefaultBroker({ now: () => NOW, tourism: false });
    const driver = createScenarioDriver(drillBroker, {
      tickMs: 0,
      clock: { now: () => NOW },
      startOffsetMinutes: 21 * 60,
    });
    const drill = createMockServer(drillBroker);
    server.close();
    drill.server.listen(LISTEN_OPTIONS);
    try {
      const s = await fetchKpis();
      const all = [...(drillBroker.snapshot().get('')?.values() ?? [])].map((x) => x.entity);
      for (const type of ['EvacuationShelter', 'EvacuationInformation'])
        expect(cellsOf(s, type)).toEqual(expectedCounts(all, type));
      expect(s.prefectureLevel).toEqual([
        {
          name: 'DisasterEvent',
          attribution: 'attributeNames',
          total: {
            state: 'ok',
            value: all.filter((e) => e.type === 'DisasterEvent').length,
            at: NOW,
          },
        },
        {
          name: 'PlatformService',
          attribution: 'attributeNames',
          total: {
            state: 'ok',
            value: all.filter((e) => e.type === 'PlatformService').length,
            at: NOW,
          },
        },
        {
          // The ferry and air services: one per route, direction and port (no drill weather
          // wired into this broker, so nothing planted).
          name: 'TransportServiceStatus',
          attribution: 'attributeNames',
          total: { state: 'ok', value: SERVICES.length, at: NOW },
        },
      ]);
      const live = s.attributable.find((t) => t.name === 'EvacuationShelter')?.newest;
      expect(live).toMatchObject({ state: 'ok', source: 'modifiedAt' });
    } finally {
      drill.server.close();
      driver.stop();
      server.listen(LISTEN_OPTIONS);
    }
  });
});
