import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
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
