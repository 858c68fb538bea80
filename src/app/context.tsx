import { createContext, useContext, useCallback, type ReactNode } from 'react';
import type { AppConfig } from '../config/schema';
import type { NgsiClient } from '../api/ngsi/client';
import type { FeedRunner } from '../api/worker/feed-runner';
import type { AppStore, AppState } from '../state/store';
import { useAppState } from '../state/store';
import { translate, type MessageKey, type Params } from '../i18n';

export interface AppServices {
  config: AppConfig;
  store: AppStore;
  client: NgsiClient;
  /** Entity feeds, parsed and validated off the main thread. */
  feeds: FeedRunner;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ value, children }: { value: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const value = useContext(ServicesContext);
  if (!value) throw new Error('useServices outside ServicesProvider');
  return value;
}

export function useUi<T>(selector: (s: AppState) => T): T {
  return useAppState(useServices().store, selector);
}

export type TFunction = (key: MessageKey, params?: Params) => string;

export function useT(): TFunction {
  const lang = useUi((s) => s.lang);
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
}
