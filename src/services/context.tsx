import { createContext, useContext, type ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { AppConfig } from '../config/schema';
import type { NgsiClient } from '../api/ngsi/client';
import type { FeedRunner } from '../api/worker/feed-runner';
import type { AppStore } from '../state/store';
import type { AuthSession } from '../api/auth/session';
import { StoreProvider, useUi } from '../state/hooks';
import { LanguageProvider } from '../i18n/react';

/** The page-lifetime services every part of the UI reads through `useServices`. */
export interface AppServices {
  config: AppConfig;
  store: AppStore;
  /**
   * The page's own client for the platform (the platform screen's counts and checks; the
   * feeds go through `feeds`). Its code loads at the first call: the first map never waits
   * for it.
   */
  client(): Promise<NgsiClient>;
  /** Entity feeds, parsed and validated off the main thread. */
  feeds: FeedRunner;
  /** Server state: created with the services, so that the first requests go out before React. */
  queryClient: QueryClient;
  /**
   * A client like `client` whose requests go through `wrap` (the connection check records
   * each exchange with it).
   */
  clientWith(wrap: (fetchImpl: typeof fetch) => typeof fetch): Promise<NgsiClient>;
  /** The signed-in session, when config.json asks for sign-in. */
  session?: AuthSession;
}

const ServicesContext = createContext<AppServices | null>(null);

/** Provides the services and, through them, the UI store (`useUi`) and language (`useT`). */
export function ServicesProvider({ value, children }: { value: AppServices; children: ReactNode }) {
  return (
    <ServicesContext.Provider value={value}>
      <StoreProvider store={value.store}>
        <UiLanguage>{children}</UiLanguage>
      </StoreProvider>
    </ServicesContext.Provider>
  );
}

/** The language chosen in the UI state, handed to i18n. */
function UiLanguage({ children }: { children: ReactNode }) {
  return <LanguageProvider lang={useUi((s) => s.lang)}>{children}</LanguageProvider>;
}

export function useServices(): AppServices {
  const value = useContext(ServicesContext);
  if (!value) throw new Error('useServices outside ServicesProvider');
  return value;
}
