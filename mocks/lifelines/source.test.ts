import { describe, expect, it } from 'vitest';
import { parseTransportService } from '../../src/api/entities/transport';
import type { FlatEntityLike } from '../../src/api/entities/flat';
import type { NgsiEntity } from '../broker';
import { lifelineEntities } from './source';
import { SERVICES } from './routes';
import { WEATHER_HOURS } from './weather';

const NOW = Date.parse('2026-09-01T12:30:00+09:00');

const flat = (e: NgsiEntity): FlatEntityLike => ({
  id: e.id,
  type: e.type,
  attrs: Object.fromEntries(
    Object.entries(e)
      .filter(([k]) => k !== 'id' && k !== 'type')
      .map(([k, v]) => {
        const p = v as { value: unknown; observedAt?: string };
        return [k, { value: p.value, ...(p.observedAt && { observedAt: p.observedAt }) }];
      }),
  ),
});

const parsed = (now: number, storm?: number, bad = false) =>
  lifelineEntities(now, storm, bad).map((e) => parseTransportService(flat(e)));

const statusesOf = (storm: number) => {
  const out: Record<string, Set<string>> = {};
  for (const [i, r] of parsed(NOW, storm).entries()) {
    if (!r.ok) throw new Error(r.reason);
    (out[SERVICES[i]!.weather] ??= new Set()).add(r.value.status);
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v].sort()]));
};

describe('the mock’s ferry and air services', () => {
  it('every service passes the app’s parser, with no warning, on a quiet day', () => {
    const results = parsed(NOW);
    expect(results.filter((r) => !r.ok || r.warnings.length > 0)).toEqual([]);
    expect(results.length).toBe(SERVICES.length);
  });

  it('lists only departures still to come, in JST, each with its seats', () => {
    for (const r of parsed(NOW)) {
      if (!r.ok) throw new Error(r.reason);
      for (const d of r.value.departures) expect(d.at).toBeGreaterThan(NOW);
      if (r.value.departures.length === 0) expect(r.value.status).toBe('ended');
    }
  });

  it('says "ended" once a service’s last departure has left', () => {
    const late = Date.parse('2026-09-01T23:00:00+09:00');
    expect(new Set(parsed(late).map((r) => r.ok && r.value.status))).toEqual(new Set(['ended']));
  });

  it('in the drill, stops Goto first, then Iki, then Tsushima, and brings them back', () => {
    const h = (hours: number) => hours * 60;
    expect(statusesOf(h(WEATHER_HOURS.goto.rough - 1)).goto).not.toContain('suspended');
    expect(statusesOf(h(WEATHER_HOURS.goto.suspend))).toMatchObject({ goto: ['suspended'] });
    expect(statusesOf(h(WEATHER_HOURS.goto.suspend)).tsushima).not.toContain('suspended');
    expect(statusesOf(h(WEATHER_HOURS.tsushima.suspend))).toMatchObject({
      goto: ['suspended'],
      iki: ['suspended'],
      tsushima: ['suspended'],
    });
    expect(statusesOf(h(WEATHER_HOURS.tsushima.resume)).tsushima).not.toContain('suspended');
  });

  it('plants its bad data only in a drill: an unknown port skipped, a gone departure listed', () => {
    const results = parsed(NOW, 60, true);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, reason: 'fromCode: not a Nagasaki municipality or prefecture code' },
    ]);
    const stale = results.find((r) => r.ok && r.value.id.endsWith('karatsu-indoji-ferry-back'));
    expect(stale?.ok && stale.value.departures.some((d) => d.at <= NOW)).toBe(true);
    expect(parsed(NOW, undefined, true).every((r) => r.ok)).toBe(true);
  });
});
