/**
 * Where the islands' services leave from and arrive at, to draw a route from port to port.
 * The contract (§6) gives a service's municipality or prefecture codes, not its port; a place
 * may have several (Iki: Gonoura, Ashibe, Indoji and the airport; Tsushima: Izuhara, Hitakatsu
 * and the airport). A port is picked by its name in the route's name (「唐津〜壱岐（印通寺）」),
 * else the place's main port for that kind of service. Coordinates are the terminals' approximate
 * positions (WGS84, to about 0.01°), read from public maps.
 */
import type { LngLat } from '../../../domain/types';
import type { ServiceMode, TransportService } from '../../../domain/lifelines';

export interface Port {
  id: string;
  /** Names that identify it in a route name (the first is its display name). */
  names: readonly string[];
  nameEn: string;
  /** Municipality code (5 digits) or 2-digit prefecture code. */
  code: string;
  kind: 'sea' | 'air';
  /** The place's main port of this kind. */
  main?: true;
  at: LngLat;
}

const p = (
  id: string,
  [nameEn, ...names]: [string, ...string[]],
  code: string,
  kind: Port['kind'],
  lat: number,
  lng: number,
  main?: true,
): Port => ({ id, names, nameEn, code, kind, at: [lng, lat], ...(main && { main }) });

export const PORTS: readonly Port[] = [
  p('nagasaki', ['Nagasaki Port', '長崎港', '長崎'], '42201', 'sea', 32.743, 129.868, true),
  p('sasebo', ['Sasebo Port', '佐世保港', '佐世保'], '42202', 'sea', 33.164, 129.72, true),
  p('fukue', ['Fukue Port', '福江港', '福江'], '42211', 'sea', 32.696, 128.844, true),
  p('narao', ['Narao Port', '奈良尾港', '奈良尾'], '42411', 'sea', 32.72, 129.052),
  p('arikawa', ['Arikawa Port', '有川港', '有川'], '42411', 'sea', 32.989, 129.117, true),
  p('ojika', ['Ojika Port', '小値賀港', '小値賀'], '42383', 'sea', 33.19, 129.057, true),
  p('gonoura', ['Gonoura Port', '郷ノ浦港', '郷ノ浦'], '42210', 'sea', 33.746, 129.689, true),
  p('ashibe', ['Ashibe Port', '芦辺港', '芦辺'], '42210', 'sea', 33.806, 129.743),
  p('indoji', ['Indoji Port', '印通寺港', '印通寺'], '42210', 'sea', 33.747, 129.759),
  p('izuhara', ['Izuhara Port', '厳原港', '厳原'], '42209', 'sea', 34.2, 129.293, true),
  p('hitakatsu', ['Hitakatsu Port', '比田勝港', '比田勝'], '42209', 'sea', 34.654, 129.479),
  p('hakata', ['Hakata Port', '博多港', '博多'], '40', 'sea', 33.605, 130.402, true),
  p('karatsu', ['Karatsu East Port', '唐津東港', '唐津'], '41', 'sea', 33.466, 129.975, true),
  p(
    'nagasaki-airport',
    ['Nagasaki Airport', '長崎空港', '長崎'],
    '42205',
    'air',
    32.917,
    129.914,
    true,
  ),
  p(
    'fukue-airport',
    ['Goto-Fukue Airport', '福江空港', '五島福江', '福江'],
    '42211',
    'air',
    32.666,
    128.833,
    true,
  ),
  p('iki-airport', ['Iki Airport', '壱岐空港', '壱岐'], '42210', 'air', 33.749, 129.785, true),
  p(
    'tsushima-airport',
    ['Tsushima Airport', '対馬空港', '対馬'],
    '42209',
    'air',
    34.285,
    129.331,
    true,
  ),
  p('fukuoka-airport', ['Fukuoka Airport', '福岡空港', '福岡'], '40', 'air', 33.586, 130.451, true),
];

const kindOf = (mode: ServiceMode): Port['kind'] => (mode === 'air' ? 'air' : 'sea');

/** The port of a place a service uses: named in its route name, else the place's main one. */
export function portOf(
  code: string,
  mode: ServiceMode,
  routeName: string,
  ports: readonly Port[] = PORTS,
): Port | undefined {
  const here = ports.filter((x) => x.code === code && x.kind === kindOf(mode));
  return here.find((x) => x.names.some((n) => routeName.includes(n))) ?? here.find((x) => x.main);
}

/**
 * A service's course from its departure port through its calls to its destination; undefined
 * when a place has no known port of that kind (the service is then listed, not drawn).
 */
export function courseOf(
  s: TransportService,
  ports: readonly Port[] = PORTS,
): LngLat[] | undefined {
  const stops = [s.fromCode, ...s.callsAt, s.toCode].map((c) =>
    portOf(c, s.mode, s.routeName, ports),
  );
  if (stops.some((x) => x === undefined)) return undefined;
  return stops.map((x) => x!.at);
}

/** The departure port's name in the UI language; the place code when no port is known. */
export function portName(
  code: string,
  mode: ServiceMode,
  routeName: string,
  lang: 'ja' | 'en',
): string {
  const port = portOf(code, mode, routeName);
  if (!port) return code;
  return lang === 'ja' ? port.names[0]! : port.nameEn;
}
