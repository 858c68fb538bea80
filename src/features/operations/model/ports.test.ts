import { describe, expect, it } from 'vitest';
import type { TransportService } from '../../../domain/lifelines';
import { SERVICES } from '../../../../mocks/lifelines/routes';
import { courseOf, portName, portOf, PORTS } from './ports';

const svc = (over: Partial<TransportService>): TransportService => ({
  id: 'x',
  routeId: 'r',
  routeName: '',
  mode: 'ferry',
  fromCode: '42201',
  toCode: '42211',
  callsAt: [],
  status: 'normal',
  departures: [],
  ...over,
});

describe('portOf: the port named in the route, else the place’s main port of that kind', () => {
  it.each<[string, string, TransportService['mode'], string, string | undefined]>([
    ['Iki by name (Indoji)', '42210', 'ferry', '唐津〜壱岐（印通寺） フェリー', 'indoji'],
    [
      'Iki without a port in the name: Gonoura',
      '42210',
      'ferry',
      '博多〜壱岐〜対馬（厳原） フェリー',
      'gonoura',
    ],
    ['Tsushima by name (Hitakatsu)', '42209', 'ferry', '博多〜比田勝 フェリー', 'hitakatsu'],
    [
      'Tsushima by name (Izuhara)',
      '42209',
      'highSpeedCraft',
      '博多〜壱岐〜対馬（厳原） ジェットフォイル',
      'izuhara',
    ],
    [
      'Shin-Kamigoto: Narao by name',
      '42411',
      'highSpeedCraft',
      '長崎〜奈良尾 ジェットフォイル',
      'narao',
    ],
    [
      'Shin-Kamigoto: Arikawa otherwise',
      '42411',
      'highSpeedCraft',
      '佐世保〜有川 高速船',
      'arikawa',
    ],
    [
      'a flight uses the airport, not the port',
      '42211',
      'air',
      '長崎〜五島福江 航空便',
      'fukue-airport',
    ],
    ['Fukuoka (40) by air', '40', 'air', '福岡〜対馬 航空便', 'fukuoka-airport'],
    ['Fukuoka (40) by sea: Hakata', '40', 'ferry', '博多〜比田勝 フェリー', 'hakata'],
    ['a place without ports', '42204', 'ferry', '', undefined],
    ['a sea port but no airport', '42202', 'air', '', undefined],
  ])('%s', (_name, code, mode, routeName, expected) => {
    expect(portOf(code, mode, routeName)?.id).toBe(expected);
  });

  it('every place has at most one main port per kind', () => {
    const mains = PORTS.filter((p) => p.main).map((p) => `${p.code}:${p.kind}`);
    expect(new Set(mains).size).toBe(mains.length);
  });

  it('draws every service the mock serves, through its calls', () => {
    for (const s of SERVICES) {
      const course = courseOf(svc({ ...s, callsAt: s.callsAt ?? [] }));
      expect(course, s.key).toBeDefined();
      expect(course!.length).toBe(2 + (s.callsAt?.length ?? 0));
    }
  });

  it('leaves a service with an unknown place undrawn', () => {
    expect(courseOf(svc({ toCode: '42999' }))).toBeUndefined();
  });

  it.each([
    ['ja', '博多港'],
    ['en', 'Hakata Port'],
  ] as const)('names the departure port in %s', (lang, name) => {
    expect(portName('40', 'ferry', '博多〜比田勝 フェリー', lang)).toBe(name);
    expect(portName('42999', 'ferry', '', lang)).toBe('42999');
  });
});
