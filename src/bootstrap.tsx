import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadConfig } from './config/load';
import { CONFIG_URL } from './config/request';
import { loadLanguage } from './i18n';
import { ConfigErrorScreen } from './app/ConfigErrorScreen';
import { parseUrlState } from './state/url';
import { createAppStore } from './state/store';
import { mirrorStoreToUrl } from './state/url-sync';
import { startMockMode } from './app/mock-mode';
import type { AuthSession } from './api/auth/session';

/** What the entry (main.tsx) asked for before this module was even loaded. */
export interface EarlyLoads {
  /** config.json's response. */
  config: Promise<Response>;
  app: Promise<typeof import('./app/App')>;
  services: Promise<typeof import('./app/start-services')>;
}

export async function bootstrap(early: EarlyLoads): Promise<void> {
  const rootEl = document.getElementById('root');
  if (!rootEl) throw new Error('#root missing from index.html');
  const root = createRoot(rootEl);
  // The entry's request, read once; loadConfig words any failure of it.
  const result = await loadConfig(CONFIG_URL, () => early.config);
  if (!result.ok) {
    // Whoever fixes the file may read either language: the screen shows both.
    await loadLanguage('en');
    root.render(<ConfigErrorScreen failure={result} />);
    return;
  }
  const config = result.config;
  // The mock starts in its own worker; the feed worker asks it without waiting for the page.
  const mock = startMockMode(config);
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
  const ui = Promise.all([early.app, loadLanguage(urlState.lang)]);
  const { startServices } = await early.services;
  const services = startServices(config, store, session, mock?.feedPort);
  // Whatever the page itself asks the mock waits until the mock's service worker serves it.
  const [[{ App }]] = await Promise.all([ui, mock?.serving]);
  root.render(
    <StrictMode>
      <App services={services} />
    </StrictMode>,
  );
}
