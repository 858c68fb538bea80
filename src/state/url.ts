import { LANGS, type Lang } from '../i18n';
import { isPresetId, type PresetId } from '../domain/presets';
import {
  FACILITY_ROLES,
  HAZARD_TYPES,
  type FacilityRole,
  type HazardType,
  type MunicipalityCode,
} from '../domain/types';
import { normalizeMunicipalityCode } from '../domain/municipalities';
import { isJstDate } from '../domain/jst';
import { isShelterFilter, SHELTER_FILTERS, type ShelterFilter } from '../domain/eei';
import {
  DEFAULT_TOURISM_URL,
  parseTourismUrl,
  TOURISM_URL_KEYS,
  writeTourismUrl,
  type TourismUrlState,
} from './tourism-url';

/** The views offered as tabs; `check` (the connection check) is reached by its link only. */
export const TAB_SCREENS = ['operations', 'tourism', 'briefing', 'platform'] as const;
export const SCREENS = [...TAB_SCREENS, 'check'] as const;
export type Screen = (typeof SCREENS)[number];
const isScreen = (v: string): v is Screen => (SCREENS as readonly string[]).includes(v);

/** The part of UI state that lives in the URL, so any view is a permalink. */
export interface UrlState {
  lang: Lang;
  /** Which view fills the screen around the one map. */
  screen: Screen;
  preset: PresetId;
  kiosk: boolean;
  /** Facility key (共通ID prefix) of the selected facility. */
  selected: string | null;
  /** Roles whose markers are hidden. */
  hidden: FacilityRole[];
  /** Hazards chosen by the operator; null follows the active disaster event. */
  hazards: HazardType[] | null;
  /** Shelter-desk filters on the live shelters (EEI); empty shows every shelter. */
  shelterFilters: ShelterFilter[];
  /** Municipalities compared in the trend chart; empty picks the busiest. */
  compare: string[];
  /** Map layers switched off (ids from the layer registry). */
  layersOff: string[];
  tourism: TourismUrlState;
  /** The municipality a briefing (or the platform view's detail) is about; null = the prefecture. */
  area: MunicipalityCode | null;
  /** The platform KPIs' comparison date (YYYY-MM-DD, JST); null = the fiscal year's start. */
  since: string | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  lang: 'ja',
  screen: 'operations',
  preset: 'prefecture',
  kiosk: false,
  selected: null,
  hidden: [],
  hazards: null,
  shelterFilters: [],
  compare: [],
  layersOff: [],
  tourism: DEFAULT_TOURISM_URL,
  area: null,
  since: null,
};

const isLang = (v: string): v is Lang => (LANGS as readonly string[]).includes(v);
const isRole = (v: string): v is FacilityRole => (FACILITY_ROLES as readonly string[]).includes(v);
const isHazard = (v: string): v is HazardType => (HAZARD_TYPES as readonly string[]).includes(v);
const list = (v: string | null) => (v ?? '').split(',').filter(Boolean);

/** Known filters once each, in their fixed order: one choice, one link. */
const shelterFiltersOf = (names: readonly string[]): ShelterFilter[] =>
  SHELTER_FILTERS.filter((f) => names.filter(isShelterFilter).includes(f));

/** Reads what it understands and ignores the rest: a mistyped link still opens. */
export function parseUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const lang = p.get('lang') ?? '';
  const preset = p.get('view') ?? '';
  const selected = p.get('facility');
  const screen = p.get('screen') ?? '';
  return {
    lang: isLang(lang) ? lang : DEFAULT_URL_STATE.lang,
    screen: isScreen(screen) ? screen : DEFAULT_URL_STATE.screen,
    preset: isPresetId(preset) ? preset : DEFAULT_URL_STATE.preset,
    kiosk: p.get('kiosk') === '1',
    selected: selected && /^E\d{10}$/.test(selected) ? selected : null,
    hidden: list(p.get('hide')).filter(isRole),
    hazards: p.has('hazards') ? list(p.get('hazards')).filter(isHazard) : null,
    shelterFilters: shelterFiltersOf(list(p.get('eei'))),
    layersOff: list(p.get('off')).filter((id) => /^[a-z-]{1,40}$/.test(id)),
    compare: [
      ...new Set(list(p.get('cmp')).flatMap((c) => normalizeMunicipalityCode(c) ?? [])),
    ].slice(0, 8),
    tourism: parseTourismUrl(p),
    area: normalizeMunicipalityCode(p.get('area') ?? '') ?? null,
    since: isJstDate(p.get('since') ?? '') ? p.get('since') : null,
  };
}

const OWNED_KEYS: ReadonlySet<string> = new Set([
  ...['lang', 'screen', 'view', 'kiosk', 'facility', 'hide', 'hazards', 'eei', 'cmp', 'off'],
  'area',
  'since',
  ...TOURISM_URL_KEYS,
]);

/** Writes only what differs from the defaults, in a fixed order, keeping unknown params. */
export function formatUrlState(state: UrlState, previousSearch = ''): string {
  // Owned parameters go first, in a fixed order, so one state always gives one link; the
  // parameters this app does not own (utm_…) follow as they were.
  const p = new URLSearchParams();
  const set = (key: string, value: string | null) =>
    value === null ? p.delete(key) : p.set(key, value);
  set('lang', state.lang === DEFAULT_URL_STATE.lang ? null : state.lang);
  set('screen', state.screen === 'operations' ? null : state.screen);
  set('view', state.preset === DEFAULT_URL_STATE.preset ? null : state.preset);
  set('kiosk', state.kiosk ? '1' : null);
  set('facility', state.selected);
  set('hide', state.hidden.length ? [...state.hidden].sort().join(',') : null);
  set('hazards', state.hazards === null ? null : state.hazards.join(','));
  const filters = shelterFiltersOf(state.shelterFilters);
  set('eei', filters.length ? filters.join(',') : null);
  set('cmp', state.compare.length ? state.compare.join(',') : null);
  set('off', state.layersOff.length ? [...state.layersOff].sort().join(',') : null);
  set('area', state.area);
  set('since', state.since);
  writeTourismUrl(state.tourism, p);
  for (const [key, value] of new URLSearchParams(previousSearch))
    if (!OWNED_KEYS.has(key)) p.append(key, value);
  const s = p.toString();
  return s ? `?${s}` : '';
}
