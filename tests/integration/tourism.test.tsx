// @vitest-environment jsdom
/**
 * The tourism view over the mock broker (MSW in Node, map stubbed), with the broker's tourism
 * clock fixed at 2026-08-10 12:00 JST. Expected numbers come from the mock's own entities for
 * the day, summed by tests/e2e/support/tourism-expected.ts (not by the app's model).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { createMockServer, LISTEN_OPTIONS } from '../../mocks/node';
import { DEFAULT_CONTEXT_URL, isJsonObject, type NgsiEntity } from '../../mocks/broker';
import { createDefaultBroker } from '../../mocks/fixtures/load';
import { flowsOfDay, presenceOfDay } from '../../mocks/tourism';
import { App } from '../../src/app/App';
import { createServices } from '../../src/services/create';
import { createAppStore, type AppStore } from '../../src/state/store';
import { parseConfig } from '../../src/config/load';
import { parseUrlState } from '../../src/state/url';
import type { MapViewProps } from '../../src/map/MapView';
import {
  arrivalsOn,
  checkFlows,
  checkPresence,
  jaTotal,
  presenceAtHour,
  type Category,
  type FlatEntity,
} from '../e2e/support/tourism-expected';

vi.mock('../../src/map/MapView', () => ({
  MapView: (props: MapViewProps) => (
    <div
      data-testid="map-stub"
      data-layer-ids={props.layers
        .map((l) => (l && typeof l === 'object' && 'id' in l ? String(l.id) : ''))
        .join(',')}
    />
  ),
}));

const NOW = Date.parse('2026-08-10T12:00:00+09:00');
const DATE = '2026-08-01';
const broker = createDefaultBroker({ tourismNow: () => NOW });
const { server } = createMockServer(broker);
const boundaries = readFileSync('public/data/municipalities.geojson', 'utf8');
server.use(
  http.get('*/data/municipalities.geojson', () =>
    HttpResponse.text(boundaries, { headers: { 'content-type': 'application/json' } }),
  ),
);

beforeAll(() => server.listen(LISTEN_OPTIONS));
afterEach(() => cleanup());
afterAll(() => server.close());

/** A normalized entity as keyValues: each attribute's value. */
function flat(e: NgsiEntity): FlatEntity {
  const out: FlatEntity = { id: e.id };
  for (const [key, attr] of Object.entries(e)) {
    if (key === 'id') continue;
    out[key] = isJsonObject(attr) && 'value' in attr ? attr.value : attr;
  }
  return out;
}

/** What the summary must say at `hour` of DATE, from the mock's own entities. */
function expectedAt(hour: number, category: Category) {
  const presence = presenceAtHour(
    checkPresence(presenceOfDay(DATE).map(flat)).cells,
    DATE,
    hour,
    category,
  );
  const flows = checkFlows(flowsOfDay(DATE).map(flat));
  return {
    prefecture: jaTotal(presence.prefecture),
    islands: jaTotal(presence.islands),
    arrivals: jaTotal(arrivalsOn(flows.kept, DATE, category)),
  };
}

function renderApp(search: string): AppStore {
  const parsed = parseConfig({
    apiBaseUrl: 'http://broker.test',
    contextUrl: DEFAULT_CONTEXT_URL,
    mode: 'live',
  });
  if (!parsed.ok) throw new Error('test config invalid');
  const store = createAppStore(parseUrlState(search));
  render(<App services={createServices(parsed.config, store)} />);
  return store;
}

/** Waits until every day of the period has answered (the notes stop saying "loading"). */
async function loaded(): Promise<HTMLElement> {
  const notes = await screen.findByTestId('tourism-notes', {}, { timeout: 15_000 });
  await waitFor(() => expect(notes.querySelector('[data-note="loading"]')).toBeNull(), {
    timeout: 30_000,
  });
  return notes;
}

const summary = () => ({
  prefecture: screen.getByTestId('tsum-prefecture').textContent,
  islands: screen.getByTestId('tsum-islands').textContent,
  arrivals: screen.getByTestId('tsum-arrivals').textContent,
});

describe('tourism view over the mock broker (MSW in Node, map stubbed)', () => {
  it('shows the sums of the mock entities at the cursor, and follows the category filter', async () => {
    // 12:00 is the hour whose Nagasaki / Fukuoka cell the mock sends twice.
    const store = renderApp(`?screen=tourism&range=${DATE}..${DATE}&t=${DATE}T12`);
    await loaded();
    const all = expectedAt(12, 'all');
    expect(all.prefecture).toMatch(/^[\d,]+(以上)?$/);
    await waitFor(() => expect(summary()).toEqual(all));
    expect(screen.getByTestId('map-stub').dataset.layerIds).toContain('tourism-presence');

    const inbound = expectedAt(12, 'inbound');
    expect(inbound.prefecture).not.toBe(all.prefecture);
    await userEvent.selectOptions(screen.getByTestId('filter-category'), 'inbound');
    expect(store.getState().tourism.filter.category).toBe('inbound');
    await waitFor(() => expect(summary()).toEqual(inbound));

    const domestic = expectedAt(12, 'domestic');
    await userEvent.selectOptions(screen.getByTestId('filter-category'), 'domestic');
    await waitFor(() => expect(summary()).toEqual(domestic));
  }, 60_000);

  it('says there is no data for days after the feed ends, never 0', async () => {
    renderApp('?screen=tourism&range=2026-08-20..2026-08-21');
    const notes = await loaded();
    const items = within(notes).getAllByRole('listitem');
    expect(items.map((li) => li.dataset.note)).toEqual(['no-data']);
    expect(items[0]).toHaveTextContent('2026-08-20〜2026-08-21');
    expect(summary()).toEqual({
      prefecture: 'データなし',
      islands: 'データなし',
      arrivals: 'データなし',
    });
  }, 60_000);
});
