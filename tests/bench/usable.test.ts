import { describe, expect, it } from 'vitest';
import { judgeScale, usable, type ScaleMeasure } from './usable';

const bare: ScaleMeasure = {
  firstMapMs: 24_000,
  heapMb: 20,
  panMs: 40_000,
  panScriptMs: 1_500,
  quietScriptMs: 10,
  quietWindowMs: 15_000,
  facilities: 129_921,
  expectedFacilities: 129_921,
};
const ok: ScaleMeasure = {
  ...bare,
  firstMapMs: 26_000,
  heapMb: 135,
  panMs: 41_000,
  quietScriptMs: 270,
};

describe('judgeScale', () => {
  it.each<[string, Partial<ScaleMeasure>, string | null]>([
    ['all within bounds', {}, null],
    [
      'exactly at every bound',
      { firstMapMs: 60_000, heapMb: 1024, panScriptMs: 2_250, panMs: 60_000, quietScriptMs: 1_500 },
      null,
    ],
    ['first map too slow', { firstMapMs: 60_001 }, 'firstMapMs'],
    ['heap too large', { heapMb: 1500 }, 'heapMb'],
    ['far more script than the bare page to answer a drag', { panScriptMs: 2_251 }, 'panScriptMs'],
    ['drag far slower than the bare page', { panMs: 60_001 }, 'panMs'],
    ['busy while idle', { quietScriptMs: 1_501 }, 'quietScript'],
    ['no quiet window measured', { quietWindowMs: 0, quietScriptMs: 0 }, 'quietScript'],
    ['markers missing', { facilities: 129_000 }, 'facilities'],
    ['nothing expected is not a pass', { facilities: 0, expectedFacilities: 0 }, 'facilities'],
    ['a timeout measured as NaN fails', { firstMapMs: Number.NaN }, 'firstMapMs'],
    ['a negative figure is a measuring bug, not a pass', { panScriptMs: -1 }, 'panScriptMs'],
  ])('%s', (_label, change, failing) => {
    const criteria = judgeScale({ ...ok, ...change }, bare);
    expect(criteria.filter((c) => !c.pass).map((c) => c.key)).toEqual(failing ? [failing] : []);
    expect(usable(criteria)).toBe(failing === null);
  });

  it('fails the drag when the bare page has no drag to compare with', () => {
    const criteria = judgeScale(ok, { ...bare, panMs: Number.NaN, panScriptMs: 0 });
    expect(criteria.filter((c) => !c.pass).map((c) => c.key)).toEqual(['panMs', 'panScriptMs']);
  });

  it('states each bound for the report, the comparison only with a bare page', () => {
    expect(judgeScale(ok).map((c) => c.rule)).toEqual([
      'first map ≤ 60 s',
      'JS heap after GC ≤ 1024 MB',
      'script while idle ≤ 10% of the time',
      'every facility drawn',
    ]);
    expect(judgeScale(ok, bare).map((c) => c.rule)).toEqual(
      expect.arrayContaining([
        "drag → map idle ≤ 1.5× the bare page's",
        "script to answer a drag ≤ 1.5× the bare page's",
      ]),
    );
  });
});
