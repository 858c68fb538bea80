// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within, cleanup, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { createMockServer, LISTEN_OPTIONS } from '../../mocks/node';
import { DEFAULT_CONTEXT_URL } from '../../mocks/broker';
import { createDefaultBroker } from '../../mocks/fixtures/load';
import { App } from '../../src/app/App';
import { createServices } from '../../src/services/create';
import { createAppStore } from '../../src/state/store';
import { parseConfig } from '../../src/config/load';
import { DEFAULT_URL_STATE } from '../../src/state/url';

// WebGL is never rendered in jsdom: the map is stubbed and shows what it was given.
// The stub settles as soon as the data is in, as the map does once its first picture is drawn.
vi.mock('../../src/map/MapView', () => import('./support/map-stub'));

const boundaries = readFileSync('public/data/municipalities.geojson', 'utf8');
const broker = createDefaultBroker();
const { server } = createMockServer(broker);
server.use(
  http.get('*/data/municipalities.geojson', () =>
    HttpResponse.text(boundaries, { headers: { 'content-type': 'application/json' } }),
  ),
);

beforeAll(() => server.listen(LISTEN_OPTIONS));
afterEach(() => cleanup());
afterAll(() => server.close());

function renderApp(lang: 'ja' | 'en' = 'ja') {
  const parsed = parseConfig({
    apiBaseUrl: 'http://broker.test',
    contextUrl: DEFAULT_CONTEXT_URL,
    mode: 'live',
  });
  if (!parsed.ok) throw new Error('test config invalid');
  const store = createAppStore({ ...DEFAULT_URL_STATE, lang });
  render(<App services={createServices(parsed.config, store)} />);
  return store;
}

describe('Dashboard over the mock broker (map stubbed)', () => {
  it('shows designations and facilities as separate counts, and the doubtful coordinates', async () => {
    renderApp();
    expect(
      await screen.findByTestId('count-designations', {}, { timeout: 10_000 }),
    ).toHaveTextContent('3,335');
    expect(screen.getByTestId('count-facilities')).toHaveTextContent('2,182');
    expect(screen.getByTestId('count-both')).toHaveTextContent('899');
    expect(within(screen.getByTestId('suspect-list')).getAllByRole('listitem')).toHaveLength(4);
    // The islands' ferry and air services are drawn under the facilities once their feed has
    // answered and the first map has settled.
    await waitFor(() =>
      expect(screen.getByTestId('map-stub').dataset.layerIds).toBe(
        'lifelines,facilities,municipality-labels',
      ),
    );
    expect(screen.getByTestId('credits')).toHaveTextContent('国土地理院');
  });

  it('skips a broken entity, says why, and keeps the rest', async () => {
    broker.upsert({
      id: 'urn:ngsi-ld:EvacuationSite:E4220199999201',
      type: 'EvacuationSite',
      name: { type: 'Property', value: '<b>壊れた</b>' },
      nationalShelterId: { type: 'Property', value: 'E4220199999201' },
      localGovernmentCode: { type: 'Property', value: '422011' },
      address: { type: 'Property', value: '長崎県長崎市' },
      location: { type: 'GeoProperty', value: { type: 'Point', coordinates: [32.75, 129.87] } },
    });
    renderApp('en');
    expect(
      await screen.findByTestId('count-designations', {}, { timeout: 10_000 }),
    ).toHaveTextContent('3,335');
    const skipped = await screen.findByTestId('feed-skipped');
    expect(skipped).toHaveTextContent('1 skipped');
    await userEvent.click(skipped);
    expect(screen.getByText(/latitude and longitude swapped/)).toBeInTheDocument();
  });

  it('switches language from the top bar', async () => {
    const store = renderApp('ja');
    await screen.findByTestId('count-designations', {}, { timeout: 10_000 });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('長崎県');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(store.getState().lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Nagasaki Prefecture');
  });
});
