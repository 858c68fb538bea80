import './config/zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/theme.css';
import './features/tourism/components/tourism.css';
import './ui/print.css';
import { loadConfig } from './config/load';
import { loadLanguage } from './i18n';
import { ConfigErrorScreen } from './app/ConfigErrorScreen';
import { parseUrlState } from './state/url';
import { createAppStore } from './state/store';
import { mirrorStoreToUrl } from './state/url-sync';
import { startMockMode } from './app/mock-mode';
import type { AuthSession } from './api/auth/session';

/**
 * The UI's code is fetched and compiled while the config is read (a config error or a sign-in
 * redirect leaves it unused). Its failure is reported where it is awaited.
 */
function early<T>(load: () => Promise<T>): () => Promise<T> {
  const loading = load();
  loading.catch(() => undefined);
  return () => loading;
}
const appModule = early(() => import('./app/App'));
const servicesModule = early(() => import('./app/start-services'));

async function bootstrap(): Promise<void> {
  const rootEl = document.getElementById('root');
  if (!rootEl) throw new Error('#root missing from index.html');
  const root = createRoot(rootEl);
  const result = await loadConfig();
  if (!result.ok) {
    // Whoever fixes the file may read either language: the screen shows both.
    await loadLanguage('en');
    root.render(<ConfigErrorScreen failure={result} />);
    return;
  }
  const config = result.config;
  await startMockMode(config);
  // Sign-in first: the provider's answer is in the address, which the UI state is read from.
  let session: AuthSession | undefined;
  if (config.auth) {
    const auth = config.auth;
    const { startOidc } = await import('./api/auth/oidc');
    const started = await startOidc(auth);
    if (started.kind === 'redirecting') return;
    if (started.kind === 'failed') {
      const [{ SignInFailedScreen }] = await Promise.all([
        import('./app/SignInFailedScreen'),
        loadLanguage('en'),
      ]);
      root.render(
        <SignInFailedScreen
          reason={started.reason}
          detail={started.detail}
          issuer={auth.issuer}
          retry={() => window.location.reload()}
        />,
      );
      return;
    }
    session = started.session;
  }
  const urlState = parseUrlState(window.location.search);
  const store = createAppStore(urlState);
  mirrorStoreToUrl(store);
  // The UI's code and language load while the services start and ask for the masters.
  const ui = Promise.all([appModule(), loadLanguage(urlState.lang)]);
  const { startServices } = await servicesModule();
  const services = startServices(config, store, session);
  const [{ App }] = await ui;
  root.render(
    <StrictMode>
      <App services={services} />
    </StrictMode>,
  );
}

void bootstrap();
