import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Lang } from '../i18n';
import type { PresetId } from '../map/presets';
import type { FacilityRole, HazardType, MunicipalityCode } from '../domain/types';
import type { Alert } from '../features/operations/model/alerts';
import type { PollSample } from '../features/operations/model/trends';
import { DEFAULT_URL_STATE, type Screen, type UrlState } from './url';
import type { TourismUrlState } from './tourism-url';

/** UI state only: server data stays in TanStack Query. */
interface UiSlice {
  lang: Lang;
  kiosk: boolean;
  screen: Screen;
  area: MunicipalityCode | null;
  setLang(lang: Lang): void;
  setScreen(screen: Screen): void;
  setArea(area: MunicipalityCode | null): void;
}
interface MapSlice {
  preset: PresetId;
  selected: string | null;
  setPreset(preset: PresetId): void;
  select(key: string | null): void;
}
interface LayerSlice {
  hidden: FacilityRole[];
  layersOff: string[];
  toggleRole(role: FacilityRole): void;
  toggleLayer(id: string): void;
}
interface OperationsSlice {
  hazards: HazardType[] | null;
  compare: string[];
  setHazards(hazards: HazardType[] | null): void;
  setCompare(codes: string[]): void;
}

/** The tourism view: period, time cursor, comparison, filters (mirrored), playback (not). */
interface TourismSlice {
  tourism: TourismUrlState;
  playing: boolean;
  setTourism(patch: Partial<TourismUrlState>): void;
  setPlaying(playing: boolean): void;
}

/**
 * What this dashboard has noticed over time: alerts derived by diffing successive polls,
 * the operator's acknowledgements, and the poll history the trend chart falls back on when
 * the broker has no temporal API. Not mirrored to the URL; bounded for a display that runs
 * for weeks.
 */
interface LogSlice {
  alerts: Alert[];
  acknowledged: string[];
  history: PollSample[];
  addAlerts(alerts: readonly Alert[]): void;
  acknowledge(ids: readonly string[]): void;
  setHistory(history: PollSample[]): void;
}

export const MAX_ALERTS = 500;

export type AppState = UiSlice & MapSlice & LayerSlice & OperationsSlice & TourismSlice & LogSlice;
export type AppStore = StoreApi<AppState>;

export function createAppStore(initial: UrlState = DEFAULT_URL_STATE): AppStore {
  return createStore<AppState>()((set) => ({
    lang: initial.lang,
    kiosk: initial.kiosk,
    screen: initial.screen,
    setLang: (lang) => set({ lang }),
    setScreen: (screen) => set({ screen }),
    area: initial.area,
    setArea: (area) => set({ area }),
    tourism: initial.tourism,
    playing: false,
    setTourism: (patch) => set((s) => ({ tourism: { ...s.tourism, ...patch } })),
    setPlaying: (playing) => set({ playing }),
    preset: initial.preset,
    selected: initial.selected,
    setPreset: (preset) => set({ preset }),
    select: (selected) => set({ selected }),
    hidden: initial.hidden,
    toggleRole: (role) =>
      set((s) => ({
        hidden: s.hidden.includes(role) ? s.hidden.filter((r) => r !== role) : [...s.hidden, role],
      })),
    layersOff: initial.layersOff,
    toggleLayer: (id) =>
      set((s) => ({
        layersOff: s.layersOff.includes(id)
          ? s.layersOff.filter((l) => l !== id)
          : [...s.layersOff, id],
      })),
    hazards: initial.hazards,
    compare: initial.compare,
    setHazards: (hazards) => set({ hazards }),
    setCompare: (compare) => set({ compare }),
    alerts: [],
    acknowledged: [],
    history: [],
    addAlerts: (alerts) =>
      set((s) => {
        if (alerts.length === 0) return {};
        const known = new Set(s.alerts.map((a) => a.id));
        const fresh = alerts.filter((a) => !known.has(a.id));
        const merged = [...fresh, ...s.alerts].sort((a, b) => b.at - a.at).slice(0, MAX_ALERTS);
        const kept = new Set(merged.map((a) => a.id));
        return { alerts: merged, acknowledged: s.acknowledged.filter((id) => kept.has(id)) };
      }),
    acknowledge: (ids) => set((s) => ({ acknowledged: [...new Set([...s.acknowledged, ...ids])] })),
    setHistory: (history) => set({ history }),
  }));
}

export const urlStateOf = (s: AppState): UrlState => ({
  lang: s.lang,
  screen: s.screen,
  preset: s.preset,
  kiosk: s.kiosk,
  selected: s.selected,
  hidden: s.hidden,
  hazards: s.hazards,
  compare: s.compare,
  layersOff: s.layersOff,
  tourism: s.tourism,
  area: s.area,
});

export function useAppState<T>(store: AppStore, selector: (s: AppState) => T): T {
  return useStore(store, selector);
}
