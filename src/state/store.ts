import { createStore, type StoreApi } from 'zustand/vanilla';
import { isLanguageLoaded, loadLanguage, type Lang } from '../i18n';
import type { PresetId } from '../domain/presets';
import type { ShelterFilter } from '../domain/eei';
import type { FacilityRole, HazardType, MunicipalityCode } from '../domain/types';
import { DEFAULT_URL_STATE, type Screen, type UrlState } from './url';
import type { TourismUrlState } from './tourism-url';

/** UI state only: server data stays in TanStack Query. */
interface UiSlice {
  lang: Lang;
  kiosk: boolean;
  screen: Screen;
  area: MunicipalityCode | null;
  /** The platform KPIs' comparison date; null = the fiscal year's start. */
  since: string | null;
  setLang(lang: Lang): void;
  setSince(since: string | null): void;
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
  shelterFilters: ShelterFilter[];
  compare: string[];
  setHazards(hazards: HazardType[] | null): void;
  setShelterFilters(filters: ShelterFilter[]): void;
  setCompare(codes: string[]): void;
}

/** The tourism view: period, time cursor, comparison, filters (mirrored), playback (not). */
interface TourismSlice {
  tourism: TourismUrlState;
  playing: boolean;
  setTourism(patch: Partial<TourismUrlState>): void;
  setPlaying(playing: boolean): void;
}

export type AppState = UiSlice & MapSlice & LayerSlice & OperationsSlice & TourismSlice;
export type AppStore = StoreApi<AppState>;

export function createAppStore(initial: UrlState = DEFAULT_URL_STATE): AppStore {
  return createStore<AppState>()((set) => ({
    lang: initial.lang,
    kiosk: initial.kiosk,
    screen: initial.screen,
    // The language switches once its catalogue is in (it loads on first use), never before:
    // a screen is never half in one language.
    setLang: (lang) => {
      if (isLanguageLoaded(lang)) set({ lang });
      else void loadLanguage(lang).then(() => set({ lang }));
    },
    setScreen: (screen) => set({ screen }),
    area: initial.area,
    setArea: (area) => set({ area }),
    since: initial.since,
    setSince: (since) => set({ since }),
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
    shelterFilters: initial.shelterFilters,
    compare: initial.compare,
    setHazards: (hazards) => set({ hazards }),
    setShelterFilters: (shelterFilters) => set({ shelterFilters }),
    setCompare: (compare) => set({ compare }),
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
  shelterFilters: s.shelterFilters,
  compare: s.compare,
  layersOff: s.layersOff,
  tourism: s.tourism,
  area: s.area,
  since: s.since,
});
