import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Lang } from '../i18n';
import type { PresetId } from '../map/presets';
import type { FacilityRole } from '../domain/types';
import { DEFAULT_URL_STATE, type UrlState } from './url';

/** UI state only: server data stays in TanStack Query. */
interface UiSlice {
  lang: Lang;
  kiosk: boolean;
  setLang(lang: Lang): void;
}
interface MapSlice {
  preset: PresetId;
  selected: string | null;
  setPreset(preset: PresetId): void;
  select(key: string | null): void;
}
interface LayerSlice {
  hidden: FacilityRole[];
  toggleRole(role: FacilityRole): void;
}

export type AppState = UiSlice & MapSlice & LayerSlice;
export type AppStore = StoreApi<AppState>;

export function createAppStore(initial: UrlState = DEFAULT_URL_STATE): AppStore {
  return createStore<AppState>()((set) => ({
    lang: initial.lang,
    kiosk: initial.kiosk,
    setLang: (lang) => set({ lang }),
    preset: initial.preset,
    selected: initial.selected,
    setPreset: (preset) => set({ preset }),
    select: (selected) => set({ selected }),
    hidden: initial.hidden,
    toggleRole: (role) =>
      set((s) => ({
        hidden: s.hidden.includes(role) ? s.hidden.filter((r) => r !== role) : [...s.hidden, role],
      })),
  }));
}

export const urlStateOf = (s: AppState): UrlState => ({
  lang: s.lang,
  preset: s.preset,
  kiosk: s.kiosk,
  selected: s.selected,
  hidden: s.hidden,
});

export function useAppState<T>(store: AppStore, selector: (s: AppState) => T): T {
  return useStore(store, selector);
}
