/**
 * The dashboard's colour sets stay distinguishable for people with protanopia and deuteranopia
 * (and tritanopia), and its text colours meet WCAG AA. Distances are CIEDE2000 between the
 * simulated colours; a difference of about 2 is just noticeable side by side, so a categorical
 * palette must keep every pair at least CATEGORICAL_MIN apart, and a sequential ramp must get
 * darker at every step by at least RAMP_STEP_MIN in L*.
 */
import { describe, expect, it } from 'vitest';
import {
  contrast,
  minDistance,
  simulate,
  toLab,
  type Rgb,
  type Vision,
} from '../../src/ui/color/cvd';
import { BAND_COLORS } from '../../src/ui/color/bands';
import { ROLE_COLORS } from '../../src/features/operations/layers/facility-layer';
import { LEVEL_COLORS } from '../../src/features/operations/model/levels';
import { LINE_COLORS } from '../../src/features/operations/components/TrendsChart';
import { FLOW_LEGEND, PRESENCE_RAMP } from '../../src/features/tourism/layers/colors';
import { RATE_RAMP } from '../../src/features/platform/layers/colors';
import { STATUS_COLORS } from '../../src/ui/color/lifelines';

const CATEGORICAL_MIN = 8;
const RAMP_STEP_MIN = 5;
const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

const rgb = (c: ArrayLike<number>): Rgb => [c[0] ?? 0, c[1] ?? 0, c[2] ?? 0];
const byte = (h: string, i: number) => parseInt(h.slice(i, i + 2), 16);
const hex = (h: string): Rgb => [byte(h, 1), byte(h, 3), byte(h, 5)];

const CATEGORICAL: ReadonlyArray<[string, Rgb[]]> = [
  ['facility roles', Object.values(ROLE_COLORS).map(rgb)],
  [
    'occupancy bands',
    (['vacant', 'somewhatCrowded', 'crowded', 'full', 'closed'] as const).map((b) =>
      rgb(BAND_COLORS[b]),
    ),
  ],
  ['alert levels 3–5', ([3, 4, 5] as const).map((l) => rgb(LEVEL_COLORS[l]))],
  ['flows: sea, air and land', [rgb(FLOW_LEGEND.sea), rgb(FLOW_LEGEND.air), rgb(FLOW_LEGEND.land)]],
  ['ferry and air service statuses', Object.values(STATUS_COLORS).map(rgb)],
  // The trend chart compares five municipalities by default.
  ['trend lines (first five)', LINE_COLORS.slice(0, 5).map(hex)],
];

const SEQUENTIAL: ReadonlyArray<[string, readonly Rgb[]]> = [
  ['tourism presence', PRESENCE_RAMP],
  ['platform records per 10,000 residents', RATE_RAMP],
];

describe.each(CATEGORICAL)('%s', (_name, palette) => {
  it.each(VISIONS)(`every pair at least ${CATEGORICAL_MIN} apart (ΔE2000) with %s`, (v) => {
    expect(minDistance(palette, v)).toBeGreaterThanOrEqual(CATEGORICAL_MIN);
  });
});

describe.each(SEQUENTIAL)('%s ramp', (_name, ramp) => {
  it.each(VISIONS)('darkens at every step with %s', (v) => {
    const l = ramp.map((c) => toLab(simulate(c, v))[0]);
    for (let i = 1; i < l.length; i++)
      expect(l[i - 1]! - l[i]!).toBeGreaterThanOrEqual(RAMP_STEP_MIN);
  });
});

// The theme's text colours (src/ui/theme.css) on the backgrounds they are used on.
const WHITE: Rgb = [255, 255, 255];
const BG = hex('#f7f7f5');
const TOPBAR = hex('#10324f');
describe('text contrast (WCAG AA: 4.5:1 for body text)', () => {
  it.each<[string, Rgb, Rgb]>([
    ['ink on panel', hex('#1d1d1b'), WHITE],
    ['muted on panel', hex('#5b5b57'), WHITE],
    ['muted on page', hex('#5b5b57'), BG],
    ['accent on panel', hex('#0b5cad'), WHITE],
    ['warn on panel', hex('#8a4b00'), WHITE],
    ['error on panel', hex('#b00020'), WHITE],
    ['ok on panel', hex('#1b6e3a'), WHITE],
    ['white on the top bar', WHITE, TOPBAR],
    ['black on the level-3 badge', [0, 0, 0], rgb(LEVEL_COLORS[3])],
    ['white on the level-4 badge', WHITE, rgb(LEVEL_COLORS[4])],
    ['white on the level-5 badge', WHITE, rgb(LEVEL_COLORS[5])],
  ])('%s', (_name, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
});
