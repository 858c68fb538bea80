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
import { startMockMode } from './app/mock-mode';

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
  await startMockMode(config);
  const store = createAppStore(parseUrlState(window.location.search));
  mirrorStoreToUrl(store);
  const [{ App }, { createServices }] = await Promise.all([
    import('./app/App'),
    import('./services/create'),
  ]);
  const services = createServices(config, store);
  root.render(
    <StrictMode>
      <App services={services} />
    </StrictMode>,
  );
}

void bootstrap();
