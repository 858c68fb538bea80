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
    ['?cmp=42201,422029,99999,42201', { compare: ['42201', '42202'] }],
    ['?screen=tourism', { screen: 'tourism' }],
    ['?screen=briefing&area=422011', { screen: 'briefing', area: '42201' }],
    ['?screen=platform&area=99999', { screen: 'platform' }],
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
    { layersOff: ['alert-levels', 'facilities'] },
    { screen: 'briefing', area: '42209' },
    { screen: 'platform' },
  ])('round-trips %j', (partial) => {
    const state = { ...DEFAULT_URL_STATE, ...partial };
    const parsed = parseUrlState(formatUrlState(state));
    expect(parsed).toEqual({ ...state, hidden: [...state.hidden].sort() });
  });

  it('keeps parameters it does not own', () => {
    expect(formatUrlState({ ...DEFAULT_URL_STATE, lang: 'en' }, '?utm=x&lang=ja')).toBe(
      '?utm=x&lang=en',
    );
  });

  it('writes nothing for the defaults', () => {
    expect(formatUrlState(DEFAULT_URL_STATE)).toBe('');
  });
});
