import { describe, expect, it } from 'vitest';
import type { ServiceStatus, TransportService } from '../../../domain/lifelines';
import { lifelineDots, lifelineLayers, lifelinePaths } from './lifeline-layer';

const svc = (id: string, over: Partial<TransportService> = {}): TransportService => ({
  id,
  routeId: 'r',
  routeName: '長崎〜福江 フェリー',
  mode: 'ferry',
  fromCode: '42201',
  toCode: '42211',
  callsAt: [],
  status: 'normal',
  departures: [],
  ...over,
});

describe('lifelinePaths', () => {
  it('draws the worst statuses last (on top), then by id', () => {
    const statuses: ServiceStatus[] = [
      'suspended',
      'normal',
      'unknown',
      'ended',
      'delayed',
      'partiallyCancelled',
    ];
    const paths = lifelinePaths(statuses.map((status, i) => svc(`s${i}`, { status })));
    expect(paths.map((p) => p.status)).toEqual([
      'normal',
      'ended',
      'delayed',
      'partiallyCancelled',
      'unknown',
      'suspended',
    ]);
  });

  it('moves the two directions of a sea route to either side, so both show', () => {
    const [out] = lifelinePaths([svc('out')]);
    const [back] = lifelinePaths([svc('back', { fromCode: '42211', toCode: '42201' })]);
    // Nagasaki → Fukue runs west: its right-hand side is north; the way back lies south.
    const midLat = (p: Array<[number, number]>) => (p[0]![1] + p.at(-1)![1]) / 2;
    expect(midLat(out!.path)).toBeGreaterThan(midLat(back!.path));
    expect(out!.path).toHaveLength(2);
  });

  it('draws a flight as an arc from airport to airport, a multi-stop ferry through its calls', () => {
    const [air] = lifelinePaths([
      svc('a', { mode: 'air', fromCode: '42205', toCode: '42209', routeName: '長崎〜対馬 航空便' }),
    ]);
    expect(air!.air).toBe(true);
    expect(air!.path.length).toBeGreaterThan(2);
    expect(air!.path[0]![0]).toBeCloseTo(129.914, 2); // Nagasaki airport
    expect(air!.path.at(-1)![1]).toBeCloseTo(34.285, 2); // Tsushima airport
    const [multi] = lifelinePaths([
      svc('m', {
        fromCode: '40',
        toCode: '42209',
        callsAt: ['42210'],
        routeName: '博多〜壱岐〜対馬（厳原） フェリー',
      }),
    ]);
    expect(multi!.path).toHaveLength(4); // two legs, each offset
  });

  it('leaves out a service whose ports are unknown', () => {
    expect(lifelinePaths([svc('x', { toCode: '42999' })])).toEqual([]);
  });

  it('dots each route from port to port, about 2.5 km apart, in the paths’ order', () => {
    const paths = lifelinePaths([svc('a', { status: 'suspended' }), svc('b')]);
    const dots = lifelineDots(paths);
    const first = paths[0]!.path; // the normal one, drawn first
    expect(dots[0]!.position).toEqual(first[0]);
    const own = dots.filter((d) => d.status === 'normal');
    expect(own.at(-1)!.position[0]).toBeCloseTo(first[1]![0], 10);
    // Nagasaki to Fukue is about 1° of longitude: some forty dots.
    expect(own.length).toBeGreaterThan(32);
    expect(own.length).toBeLessThan(48);
    expect(dots.at(-1)!.status).toBe('suspended');
    for (let i = 1; i < own.length; i++)
      expect(
        Math.hypot(
          own[i]!.position[0] - own[i - 1]!.position[0],
          own[i]!.position[1] - own[i - 1]!.position[1],
        ),
      ).toBeLessThan(0.026);
    expect(lifelineLayers(dots, 1).id).toBe('lifelines');
  });
});
