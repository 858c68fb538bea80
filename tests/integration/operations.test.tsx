// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { createMockServer, LISTEN_OPTIONS } from '../../mocks/node';
import { DEFAULT_CONTEXT_URL } from '../../mocks/broker';
import { createDefaultBroker } from '../../mocks/fixtures/load';
import { createScenarioDriver } from '../../mocks/scenarios';
import { App } from '../../src/app/App';
import { createServices } from '../../src/services/create';
import { createAppStore } from '../../src/state/store';
import { parseConfig } from '../../src/config/load';

vi.mock('../../src/map/MapView', () => ({ MapView: () => <div data-testid="map-stub" /> }));

// A fixed clock: the drill frozen 21 storm hours in, near its peak.
const NOW = Date.UTC(2026, 8, 1, 3, 0, 0);
const broker = createDefaultBroker();
const driver = createScenarioDriver(broker, {
  tickMs: 0,
  clock: { now: () => NOW },
  startOffsetMinutes: 21 * 60,
});
driver.tick();
const { server } = createMockServer(broker);
const boundaries = readFileSync('public/data/municipalities.geojson', 'utf8');
server.use(
  http.get('*/data/municipalities.geojson', () =>
    HttpResponse.text(boundaries, { headers: { 'content-type': 'application/json' } }),
  ),
);
beforeAll(() => server.listen(LISTEN_OPTIONS));
afterEach(() => cleanup());
afterAll(() => {
  server.close();
  driver.stop();
});

/** Expected numbers from the scenario's own state, not from the app's model. */
function expectedFromScenario() {
  const latest = new Map<string, (typeof overlays)[number]>();
  const overlays = driver.state().overlays;
  for (const o of overlays) {
    const key = o.nationalShelterId ?? `${o.localGovernmentCode}:${o.externalShelterId}`;
    const seen = latest.get(key);
    if (!seen || o.reportMinute > seen.reportMinute) latest.set(key, o);
  }
  const kept = [...latest.values()];
  return {
    open: kept.filter((o) => o.openingStatus === 'open' || o.openingStatus === 'full').length,
    evacuees: kept
      .filter((o) => o.openingStatus !== 'closed')
      .reduce((s, o) => s + (o.evacueeTotal ?? 0), 0),
  };
}

describe('operations view over the drill (MSW in Node, map stubbed)', () => {
  it('shows the event, levels and totals that match the scenario state', async () => {
    const parsed = parseConfig({
      apiBaseUrl: 'http://broker.test',
      contextUrl: DEFAULT_CONTEXT_URL,
      mode: 'live',
    });
    if (!parsed.ok) throw new Error('config');
    render(<App services={createServices(parsed.config, createAppStore())} />);
    const evacuees = await screen.findByTestId('total-evacuees', {}, { timeout: 15_000 });
    const expected = expectedFromScenario();
    const digits = (s: string | null) => Number((s ?? '').replace(/[^\d]/g, ''));
    expect(digits(evacuees.textContent)).toBe(expected.evacuees);
    expect(digits(screen.getByTestId('total-open').textContent)).toBe(expected.open);
    expect(screen.getByTestId('event-name').textContent).toContain('訓練');
    expect(screen.getByTestId('note-unmatched').textContent).toContain('3');
    expect(
      screen.getByTestId('municipality-table').querySelectorAll('.level').length,
    ).toBeGreaterThan(0);
  });
});
