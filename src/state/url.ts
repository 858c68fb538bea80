import { LANGS, type Lang } from '../i18n';
import { isPresetId, type PresetId } from '../map/presets';
import { FACILITY_ROLES, type FacilityRole } from '../domain/types';

/** The part of UI state that lives in the URL, so any view is a permalink. */
export interface UrlState {
  lang: Lang;
  preset: PresetId;
  kiosk: boolean;
  /** Facility key (共通ID prefix) of the selected facility. */
  selected: string | null;
  /** Roles whose markers are hidden. */
  hidden: FacilityRole[];
}

export const DEFAULT_URL_STATE: UrlState = {
  lang: 'ja',
  preset: 'prefecture',
  kiosk: false,
  selected: null,
  hidden: [],
};

const isLang = (v: string): v is Lang => (LANGS as readonly string[]).includes(v);
const isRole = (v: string): v is FacilityRole => (FACILITY_ROLES as readonly string[]).includes(v);

/** Reads what it understands and ignores the rest: a mistyped link still opens. */
export function parseUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const lang = p.get('lang') ?? '';
  const preset = p.get('view') ?? '';
  const selected = p.get('facility');
  return {
    lang: isLang(lang) ? lang : DEFAULT_URL_STATE.lang,
    preset: isPresetId(preset) ? preset : DEFAULT_URL_STATE.preset,
    kiosk: p.get('kiosk') === '1',
    selected: selected && /^E\d{10}$/.test(selected) ? selected : null,
    hidden: (p.get('hide') ?? '').split(',').filter(isRole),
  };
}

/** Writes only what differs from the defaults, in a fixed order, keeping unknown params. */
export function formatUrlState(state: UrlState, previousSearch = ''): string {
  const p = new URLSearchParams(previousSearch);
  const set = (key: string, value: string | null) =>
    value === null ? p.delete(key) : p.set(key, value);
  set('lang', state.lang === DEFAULT_URL_STATE.lang ? null : state.lang);
  set('view', state.preset === DEFAULT_URL_STATE.preset ? null : state.preset);
  set('kiosk', state.kiosk ? '1' : null);
  set('facility', state.selected);
  set('hide', state.hidden.length ? [...state.hidden].sort().join(',') : null);
  const s = p.toString();
  return s ? `?${s}` : '';
}
