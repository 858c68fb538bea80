import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../../../domain/municipalities';
import {
  compareWithNeighbours,
  median,
  mostOthersHave,
  neighboursOf,
  type MetricValues,
} from './neighbours';
import type { ServiceSummary } from './services';

describe('median', () => {
  it.each<[number[], number | undefined]>([
    [[], undefined],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('%j → %s', (values, expected) => expect(median(values)).toBe(expected));
});

describe('mostOthersHave', () => {
  it.each<[string, Record<string, string[] | undefined>, string[]]>([
    ['half of the others is not most', { a: [], b: ['x'], c: [] }, []],
    ['a strict majority', { a: [], b: ['x'], c: ['x'], d: ['x', 'y'] }, ['x']],
    ['not what it has', { a: ['x'], b: ['x'], c: ['x'] }, []],
    [
      'unknown others are left out of the count',
      { a: [], b: ['x'], c: undefined, d: undefined },
      ['x'],
    ],
    ['nothing when its own holdings are unknown', { a: undefined, b: ['x'], c: ['x'] }, []],
    ['most held first', { a: [], b: ['y', 'x'], c: ['x', 'y'], d: ['x'] }, ['x', 'y']],
  ])('%s', (_, held, expected) => expect(mostOthersHave('a', held)).toEqual(expected));
});

describe('compareWithNeighbours', () => {
  const codes = MUNICIPALITIES.map((m) => m.code);
  const byCode = (f: (c: string, i: number) => number | undefined) =>
    Object.fromEntries(codes.map((c, i) => [c, f(c, i)]));
  const values: MetricValues = {
    datasets: byCode((_, i) => i),
    machineReadableShare: byCode(() => 0.5),
    services: byCode((c) => (c === '42383' ? undefined : 2)),
    platformTypes: byCode(() => 4),
  };
  it('compares an island town with the islands', () => {
    const n = compareWithNeighbours('42383', values, {}, {})!;
    expect(n.group).toBe('islands');
    expect([...n.peers].sort()).toEqual(['42209', '42210', '42211', '42383', '42411']);
    const datasets = n.rows.find((r) => r.metric === 'datasets')!;
    const peerValues = n.peers.map((c) => codes.indexOf(c));
    expect(datasets.peerMedian).toBe(median(peerValues));
    expect(datasets.prefectureMedian).toBe(10);
    expect(datasets.prefectureN).toBe(21);
    const services = n.rows.find((r) => r.metric === 'services')!;
    expect(services).toMatchObject({ value: undefined, prefectureN: 20, peerN: 4 });
  });
  it.each<[string, string]>([
    ['42201', 'cities'],
    ['42307', 'towns'],
    ['42411', 'islands'],
  ])('%s is among the %s', (code, group) => {
    expect(compareWithNeighbours(code, values, {}, {})!.group).toBe(group);
  });
});

describe('neighboursOf', () => {
  it('reads each measure from its source, and nothing from a source not in yet', () => {
    const n = neighboursOf('42201', {
      catalog: [{ code: '42201', state: 'ok', datasets: 9, share: 0.5, themes: ['aed'] }],
      services: { perMunicipality: { '42201': 3 } } as unknown as ServiceSummary,
    })!;
    const value = (m: string) => n.rows.find((r) => r.metric === m)?.value;
    expect([value('datasets'), value('machineReadableShare'), value('services')]).toEqual([
      9, 0.5, 3,
    ]);
    expect(value('platformTypes')).toBeUndefined();
    expect(n.rows.find((r) => r.metric === 'datasets')?.prefectureN).toBe(1);
  });
});
