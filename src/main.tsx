import './config/zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/theme.css';
import './features/tourism/components/tourism.css';
import './ui/print.css';
import { loadConfig } from './config/load';
import { ConfigErrorScreen } from './app/ConfigErrorScreen';
import { parseUrlState } from './state/url';
import { createAppStore } from './state/store';
import { mirrorStoreToUrl } from './state/url-sync';

async function bootstrap(): Promise<void> {
  const rootEl = document.getElementById('root');
  if (!rootEl) throw new Error('#root missing from index.html');
  const root = createRoot(rootEl);
  const result = await loadConfig();
  if (!result.ok) {
    root.render(<ConfigErrorScreen failure={result} />);
    return;
  }
  const config = result.config;
  if (config.mode === 'mock') {
    // The mock (and its ~2 MB of fixtures) is a lazy chunk: a live deployment never loads it.
    const { startBrowserMock } = await import('../mocks/browser');
    await startBrowserMock({
      scenario: config.scenario,
      speed: config.drillSpeed,
      contextUrl: config.contextUrl,
      ...(config.tenant !== undefined && { tenant: config.tenant }),
    });
  }
  const store = createAppStore(parseUrlState(window.location.search));
  mirrorStoreToUrl(store);
  const [{ App }, { createServices }] = await Promise.all([
    import('./app/App'),
    import('./app/services'),
  ]);
  const services = createServices(config, store);
  root.render(
    <StrictMode>
      <App services={services} />
    </StrictMode>,
  );
}

void bootstrap();
