import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { translate, type MessageKey, type Params, type TFunction } from '../i18n';
import type { AppState, AppStore } from './store';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('UI state read outside StoreProvider');
  return store;
}

/** A slice of the UI state; the component renders again only when the slice changes. */
export function useUi<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStore(), selector);
}

/** Translation in the UI's current language. */
export function useT(): TFunction {
  const lang = useUi((s) => s.lang);
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
}
