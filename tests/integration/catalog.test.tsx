// @vitest-environment jsdom
/**
 * The open-data catalogue's panel over the mock catalogue (MSW in Node): a poll that fails keeps
 * the last good round on screen, marked stale with its age and the reason; the figures stay
 * those counted here from the catalogue's own datasets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createMockServer, LISTEN_OPTIONS } from '../../mocks/node';
import { DEFAULT_CONTEXT_URL } from '../../mocks/broker';
import { MOCK_CATALOG_ORGANIZATIONS, MOCK_PREFECTURE_ORGANIZATION } from '../../mocks/catalog';
import { ServicesProvider } from '../../src/services/context';
import { createQueryClient } from '../../src/services/query-client';
import { createServices } from '../../src/services/create';
import { createAppStore } from '../../src/state/store';
import { parseConfig } from '../../src/config/load';
import { parseUrlState } from '../../src/state/url';
import { platformKeys } from '../../src/features/platform/api/kpi-query';
import { CatalogPanel } from '../../src/features/platform/components/CatalogPanel';

const { server, catalog } = createMockServer();
beforeAll(() => server.listen(LISTEN_OPTIONS));
afterAll(() => server.close());

function services() {
  const parsed = parseConfig({
    apiBaseUrl: 'http://broker.test',
    contextUrl: DEFAULT_CONTEXT_URL,
    mode: 'live',
    catalog: {
      baseUrl: 'http://catalog.test/ckan',
      organizations: MOCK_CATALOG_ORGANIZATIONS,
      prefectureOrganization: MOCK_PREFECTURE_ORGANIZATION,
    },
  });
  if (!parsed.ok) throw new Error('config');
  return createServices(parsed.config, createAppStore(parseUrlState('?screen=platform')));
}

describe('the catalogue panel when a poll fails', () => {
  it('keeps the last good round, marked stale with the reason', async () => {
    const nagasaki = catalog.datasets.filter((d) => d.organization.name === 'nagasaki-city').length;
    const queryClient = createQueryClient();
    render(
      <ServicesProvider value={services()}>
        <QueryClientProvider client={queryClient}>
          <CatalogPanel />
        </QueryClientProvider>
      </ServicesProvider>,
    );
    const table = await screen.findByTestId('od-cat-table', {}, { timeout: 20_000 });
    const cell = () => table.querySelector('tr[data-code="42201"]')?.getAttribute('data-datasets');
    expect(cell()).toBe(String(nagasaki));
    catalog.faults = {
      failure: { status: 500, type: 'Internal Server Error', message: 'Solr down' },
    };
    try {
      await queryClient.refetchQueries({ queryKey: [...platformKeys.all, 'catalog'] });
      const error = await screen.findByTestId('od-cat-error', {}, { timeout: 20_000 });
      await waitFor(() => expect(error.textContent).toMatch(/Solr down.*前回取得分を表示中/));
      expect(cell()).toBe(String(nagasaki));
    } finally {
      catalog.faults = {};
    }
  });
});
