// @vitest-environment jsdom
/**
 * The platform view over the mock broker with a drill running (MSW in Node, map stubbed).
 * Expected numbers come from the broker's own store (its entities and the system times it
 * recorded), counted here without the app's model.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { createMockServer, LISTEN_OPTIONS } from '../../mocks/node';
import { DEFAULT_CONTEXT_URL, isJsonObject } from '../../mocks/broker';
import { createDefaultBroker } from '../../mocks/fixtures/load';
import { createScenarioDriver } from '../../mocks/scenarios';
import { App } from '../../src/app/App';
import { ServicesProvider } from '../../src/services/context';
import { createQueryClient } from '../../src/services/query-client';
import { createServices } from '../../src/services/create';
import { createAppStore } from '../../src/state/store';
import { parseConfig } from '../../src/config/load';
import { parseUrlState } from '../../src/state/url';
import { MUNICIPALITIES } from '../../src/domain/municipalities';
import { fetchPlatformKpis } from '../../src/features/platform/api/fetch-kpis';
import { platformKeys } from '../../src/features/platform/api/kpi-query';
import { PlatformKpiPanel } from '../../src/features/platform/components/PlatformKpiPanel';

vi.mock('../../src/map/MapView', () => import('./support/map-stub'));

// The drill frozen 21 storm hours in; the broker stamps its writes with the same clock.
const NOW = Date.UTC(2026, 8, 1, 3, 0, 0);
const broker = createDefaultBroker({ now: () => NOW, tourismNow: () => NOW });
const driver = createScenarioDriver(broker, {
  tickMs: 0,
  clock: { now: () => NOW },
  startOffsetMinutes: 21 * 60,
});
driver.tick();
const { server } = createMockServer(broker);
const boundaries = readFileSync('public/data/municipalities.geojson', 'utf8');
const boundaryHandler = http.get('*/data/municipalities.geojson', () =>
  HttpResponse.text(boundaries, { headers: { 'content-type': 'application/json' } }),
);
server.use(boundaryHandler);
beforeAll(() => server.listen(LISTEN_OPTIONS));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  server.use(boundaryHandler);
});
afterAll(() => {
  server.close();
  driver.stop();
});

function config() {
  const parsed = parseConfig({
    apiBaseUrl: 'http://broker.test',
    contextUrl: DEFAULT_CONTEXT_URL,
    mode: 'live',
  });
  if (!parsed.ok) throw new Error('config');
  return parsed.config;
}

interface Expected {
  records: number;
  newest: number | undefined;
}

/**
 * Per type carrying localGovernmentCode, per municipality: its records (either code form)
 * and the newest modifiedAt the broker recorded; from the store itself.
 */
function expectedFromStore(): Map<string, Map<string, Expected>> {
  const stored = [...(broker.snapshot().get('')?.values() ?? [])];
  const out = new Map<string, Map<string, Expected>>();
  for (const { entity, times } of stored) {
    const attr = entity.localGovernmentCode;
    if (!isJsonObject(attr)) continue;
    const byCode =
      out.get(entity.type) ??
      new Map(MUNICIPALITIES.map((m) => [m.code, { records: 0, newest: undefined }]));
    out.set(entity.type, byCode);
    const m = MUNICIPALITIES.find((x) => attr.value === x.code6 || attr.value === x.code);
    const cell = m && byCode.get(m.code);
    if (!cell) continue;
    cell.records += 1;
    const t = Date.parse(times.modifiedAt);
    cell.newest = cell.newest === undefined ? t : Math.max(cell.newest, t);
  }
  return out;
}

/** The first number in a text ("21／21市町" → 21), digits grouped or not. */
const firstNumber = (s: string | null) =>
  Number(/[\d,]+/.exec(s ?? '')?.[0].replace(/,/g, '') ?? NaN);

function renderApp(url: string) {
  render(<App services={createServices(config(), createAppStore(parseUrlState(url)))} />);
}

describe('platform view (MSW in Node, map stubbed)', () => {
  it('shows totals and every cell equal to the broker’s own store', async () => {
    renderApp('?screen=platform');
    const datasets = await screen.findByTestId('pf-total-datasets', {}, { timeout: 20_000 });
    const expected = expectedFromStore();
    expect([...expected.keys()].sort()).toEqual([
      'DesignatedShelter',
      'EvacuationInformation',
      'EvacuationShelter',
      'EvacuationSite',
    ]);
    let publishing = 0;
    let pairs = 0;
    let records = 0;
    for (const m of MUNICIPALITIES) {
      const row = screen.getByTestId('pf-table').querySelector(`tr[data-code="${m.code}"]`);
      if (!(row instanceof HTMLElement)) throw new Error(`no row ${m.code}`);
      let any = false;
      for (const [type, byCode] of expected) {
        const want = byCode.get(m.code);
        const cell = row.querySelector(`[data-testid="pf-cell"][data-type="${type}"]`);
        expect(cell?.getAttribute('data-records'), `${type} ${m.code}`).toBe(String(want?.records));
        const newest = want && want.records > 0 ? String(want.newest) : '';
        expect(cell?.getAttribute('data-newest'), `${type} ${m.code} newest`).toBe(newest);
        if (want && want.records > 0) {
          any = true;
          pairs += 1;
          records += want.records;
        }
      }
      if (any) publishing += 1;
    }
    expect(firstNumber(datasets.textContent)).toBe(pairs);
    expect(firstNumber(screen.getByTestId('pf-total-publishing').textContent)).toBe(publishing);
    expect(firstNumber(screen.getByTestId('pf-total-records').textContent)).toBe(records);
    expect(screen.getByTestId('pf-sentence').textContent).toContain(`${publishing}市町`);
  });

  it('lists prefecture-wide types with their count, and a refused count as not supported', async () => {
    renderApp('?screen=platform');
    const list = await screen.findByTestId('pf-prefecture', {}, { timeout: 20_000 });
    const events = [...(broker.snapshot().get('')?.values() ?? [])].filter(
      (s) => s.entity.type === 'DisasterEvent',
    ).length;
    const item = (type: string) => {
      const li = list.querySelector(`li[data-type="${type}"]`);
      if (!(li instanceof HTMLElement)) throw new Error(`no ${type}`);
      return li;
    };
    expect(item('DisasterEvent').dataset.state).toBe('ok');
    expect(firstNumber(within(item('DisasterEvent')).getByText(/件/).textContent)).toBe(events);
    for (const type of ['TourismPresenceObserved', 'TouristFlowObserved']) {
      expect(item(type).dataset.state).toBe('unsupported');
      expect(item(type).textContent).toContain('非対応');
      expect(item(type).textContent).not.toMatch(/\b0件/);
    }
  });

  it('draws the datasets layer with municipality names, its legend, and the picked municipality', async () => {
    renderApp('?screen=platform&area=42211');
    await screen.findByTestId('pf-total-datasets', {}, { timeout: 20_000 });
    // The names join once the masters' markers have had their frame.
    await waitFor(() =>
      expect(screen.getByTestId('map-stub').dataset.layerIds?.split(',')).toEqual([
        'platform-datasets',
        'municipality-labels',
      ]),
    );
    expect(screen.getByTestId('pf-legend').textContent).toContain('件数不明');
    const block = screen.getByTestId('pf-block');
    expect(block.dataset.code).toBe('42211');
    const shelters = expectedFromStore().get('EvacuationShelter')?.get('42211')?.records;
    expect(shelters).toBeGreaterThan(0);
    const item = block.querySelector('li[data-type="EvacuationShelter"]');
    expect(item?.getAttribute('data-records')).toBe(String(shelters));
    expect(block.textContent).toContain('五島市');
  });

  it('says when a type came as a full IRI and the @context that would name it could not be read', async () => {
    server.use(
      http.get('*/ngsi-ld/v1/types', () =>
        HttpResponse.json([
          { id: 'https://example.org/ns/Parking', type: 'EntityType' },
          { id: 'EvacuationSite', type: 'EntityType', typeName: 'EvacuationSite' },
        ]),
      ),
      http.get(DEFAULT_CONTEXT_URL, () => new HttpResponse('not here', { status: 404 })),
    );
    renderApp('?screen=platform');
    const note = await screen.findByTestId('pf-context', {}, { timeout: 20_000 });
    expect(note.textContent).toBe(
      `@context ${DEFAULT_CONTEXT_URL} を読み込めませんでした（HTTP 404）。連携基盤が完全な IRI で示した 1 種類のデータ型は、IRI の末尾で表示しています（ポインターを合わせると全体を表示）。`,
    );
  });

  it('a 403 on one count says not supported there, and the totals become lower bounds', async () => {
    server.use(
      http.get('*/ngsi-ld/v1/entities', ({ request }) => {
        const url = new URL(request.url);
        if (
          url.searchParams.get('type') !== 'EvacuationSite' ||
          !(url.searchParams.get('q') ?? '').includes('"42201"')
        )
          return undefined;
        return HttpResponse.json(
          {
            type: 'https://uri.etsi.org/ngsi-ld/errors/TooManyResults',
            title: 'Too many results',
            status: 403,
          },
          { status: 403 },
        );
      }),
    );
    renderApp('?screen=platform');
    await screen.findByTestId('pf-total-datasets', {}, { timeout: 20_000 });
    const cell = screen
      .getByTestId('pf-table')
      .querySelector('tr[data-code="42201"] [data-type="EvacuationSite"]');
    expect(cell?.getAttribute('data-records')).toBe('unsupported');
    expect(cell?.querySelector('.pf-records')?.textContent).toBe('非対応');
    expect(screen.getByTestId('pf-total-datasets').textContent).toContain('以上');
    expect(screen.getByTestId('pf-summary').textContent).toContain('合計は下限です');
  });

  it('keeps the last good count of a failing cell, marked as such, while the others refresh', async () => {
    const services = createServices(config(), createAppStore(parseUrlState('?screen=platform')));
    const earlier = NOW - 10 * 60_000;
    const previous = await fetchPlatformKpis({
      client: await services.client(),
      now: () => earlier,
    });
    const queryClient = createQueryClient();
    queryClient.setQueryData(platformKeys.kpis(), previous, { updatedAt: earlier });
    server.use(
      http.get('*/ngsi-ld/v1/entities', ({ request }) => {
        const url = new URL(request.url);
        if (
          url.searchParams.get('type') !== 'EvacuationSite' ||
          !(url.searchParams.get('q') ?? '').includes('"42202"')
        )
          return undefined;
        return new HttpResponse('<html>bad gateway</html>', { status: 502 });
      }),
    );
    render(
      <ServicesProvider value={services}>
        <QueryClientProvider client={queryClient}>
          <PlatformKpiPanel />
        </QueryClientProvider>
      </ServicesProvider>,
    );
    const stale = await screen.findByText(
      '一部の件数は、最新の取得に失敗したため前回の値です。',
      {},
      {
        timeout: 20_000,
      },
    );
    expect(stale).toBeInTheDocument();
    const cell = screen
      .getByTestId('pf-table')
      .querySelector('tr[data-code="42202"] [data-type="EvacuationSite"]');
    const sites = expectedFromStore().get('EvacuationSite')?.get('42202')?.records;
    expect(cell?.getAttribute('data-records')).toBe(String(sites));
    expect(cell?.textContent).toContain('前回値');
    expect(cell?.getAttribute('title')).toContain('HTTP 502');
    const other = screen
      .getByTestId('pf-table')
      .querySelector('tr[data-code="42201"] [data-type="EvacuationSite"]');
    expect(other?.textContent).not.toContain('前回値');
  });
});
