import { describe, expect, it } from 'vitest';
import { DEFAULTS } from './options';
import type { Sample } from './probes';
import { judge, soakMarkdown } from './report';

const MIN = 60_000;
function run(heapPerMinute: number, patch: (s: Sample, i: number) => Partial<Sample> = () => ({})) {
  return Array.from({ length: 31 }, (_, i): Sample => {
    const s: Sample = {
      t: i * MIN,
      heapMb: 30 + heapPerMinute * i,
      domNodes: 4000,
      listeners: 300,
      documents: 1,
      webglCreated: 1,
      webglAlive: 1,
      apiRequests: 120,
      freshness: 'fresh',
    };
    return { ...s, ...patch(s, i) };
  });
}

describe('judge', () => {
  it.each<[string, Sample[], string[], RegExp | null]>([
    ['a flat heap passes', run(0), [], null],
    ['0.15 MB a minute (9 MB/h) passes', run(0.15), [], null],
    ['0.2 MB a minute (12 MB/h) fails', run(0.2), [], /heap trend 12\.00 MB\/h/],
    [
      'a second live context fails',
      run(0, (_s, i) => (i === 20 ? { webglAlive: 2 } : {})),
      [],
      /2 WebGL contexts/,
    ],
    [
      'polling that stops fails',
      run(0, (_s, i) => (i > 25 ? { apiRequests: 0 } : {})),
      [],
      /polling stopped/,
    ],
    [
      'a stale badge while polling fails',
      run(0, (_s, i) => (i === 10 ? { freshness: 'stale' } : {})),
      [],
      /not fresh/,
    ],
    ['page errors fail', run(0), ['TypeError: x'], /uncaught page errors/],
  ])('%s', (_n, samples, errors, failure) => {
    const v = judge(samples, DEFAULTS, errors);
    if (failure === null) expect(v.failures).toEqual([]);
    else expect(v.failures.join('; ')).toMatch(failure);
  });

  it('leaves the warm-up out of the trend', () => {
    // A steep first three minutes (caches filling), flat afterwards.
    const samples = run(0, (_s, i) => ({ heapMb: i < 3 ? 10 + 10 * i : 40 }));
    expect(judge(samples, DEFAULTS, []).heap.perHour).toBeCloseTo(0, 5);
  });
});

describe('soakMarkdown', () => {
  it('says PASS or FAIL with the reasons', () => {
    const text = soakMarkdown(run(0.2), judge(run(0.2), DEFAULTS, []), DEFAULTS, 'test machine');
    expect(text).toMatch(/\*\*FAIL\*\*: heap trend 12\.00 MB\/h/);
    expect(text).toContain('| 30.0 |');
  });
});
