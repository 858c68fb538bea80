import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, formatUrlState, parseUrlState, type UrlState } from './url';

describe('URL state', () => {
  it.each<[string, Partial<UrlState>]>([
    ['', {}],
    ['?lang=en', { lang: 'en' }],
    ['?lang=fr', {}],
    ['?view=goto', { preset: 'goto' }],
    ['?view=mars', {}],
    ['?kiosk=1', { kiosk: true }],
    ['?kiosk=yes', {}],
    ['?facility=E4220100004', { selected: 'E4220100004' }],
    ['?facility=<script>', {}],
    ['?hide=site,welfare,bogus', { hidden: ['site', 'welfare'] }],
    ['?hazards=flood,tsunami,meteor', { hazards: ['flood', 'tsunami'] }],
    ['?hazards=', { hazards: [] }],
    ['?eei=waterShort,pets,bogus,pets', { shelterFilters: ['pets', 'waterShort'] }],
    ['?eei=', {}],
    ['?cmp=42201,422029,99999,42201', { compare: ['42201', '42202'] }],
    ['?screen=tourism', { screen: 'tourism' }],
    ['?screen=briefing&area=422011', { screen: 'briefing', area: '42201' }],
    ['?screen=platform&area=99999', { screen: 'platform' }],
    ['?screen=platform&since=2025-04-01', { screen: 'platform', since: '2025-04-01' }],
    ['?since=2025-02-30', {}],
    ['?since=April', {}],
    ['?screen=admin', {}],
  ])('parses %j', (search, expected) => {
    expect(parseUrlState(search)).toEqual({ ...DEFAULT_URL_STATE, ...expected });
  });

  it.each<Partial<UrlState>>([
    {},
    { lang: 'en', preset: 'tsushima' },
    { kiosk: true, selected: 'E4241100085', hidden: ['welfare', 'site'] },
    { hazards: ['stormSurge', 'landslide'], compare: ['42211', '42209'] },
    { hazards: [] },
    { shelterFilters: ['room', 'pets', 'carSleep', 'waterShort', 'supplies'] },
    { layersOff: ['alert-levels', 'facilities'] },
    { screen: 'briefing', area: '42209' },
    { screen: 'platform' },
    { screen: 'platform', since: '2024-04-01', area: '42383' },
  ])('round-trips %j', (partial) => {
    const state = { ...DEFAULT_URL_STATE, ...partial };
    const parsed = parseUrlState(formatUrlState(state));
    expect(parsed).toEqual({ ...state, hidden: [...state.hidden].sort() });
  });

  it('keeps parameters it does not own, after its own', () => {
    expect(formatUrlState({ ...DEFAULT_URL_STATE, lang: 'en' }, '?utm=x&lang=ja')).toBe(
      '?lang=en&utm=x',
    );
  });

  it('gives one link per state, whatever order the address had', () => {
    const state = {
      ...DEFAULT_URL_STATE,
      lang: 'en' as const,
      screen: 'briefing' as const,
      area: '42209',
    };
    expect(formatUrlState(state, '?area=42201&screen=briefing&range=2026-01-01..2026-01-02')).toBe(
      formatUrlState(state),
    );
    expect(formatUrlState(state)).toBe('?lang=en&screen=briefing&area=42209');
  });

  it('writes the shelter filters in their fixed order', () => {
    expect(formatUrlState({ ...DEFAULT_URL_STATE, shelterFilters: ['supplies', 'room'] })).toBe(
      '?eei=room%2Csupplies',
    );
  });

  it('writes nothing for the defaults', () => {
    expect(formatUrlState(DEFAULT_URL_STATE)).toBe('');
  });
});
