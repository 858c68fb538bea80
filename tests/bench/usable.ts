/**
 * What "usable" means for the nationwide scale run (about 200,000 sites through the same
 * path): pure criteria over the figures the bench measures, so the verdict is tested with a
 * table of cases and stated in the report beside each figure.
 *
 * On this machine WebGL runs on SwiftShader: a frame of 130,000 markers keeps the main thread
 * waiting on the GPU process for about 2 s, on the bare page as on the dashboard, and deck.gl's
 * picking reads (readPixels) count as script while they wait. No absolute bound on a drag
 * would mean anything here, so a drag is judged against the bare page measured in the same
 * run, in wall time and in script time.
 */
export interface ScaleMeasure {
  /** Navigation to the map idle with every facility drawn. */
  firstMapMs: number;
  /** Main-thread JS heap after a forced GC, once the map is up. */
  heapMb: number;
  /** A drag of the map to the map idle again (wall clock). */
  panMs: number;
  /** Main-thread script during that drag (includes deck.gl's picking reads). */
  panScriptMs: number;
  /** Main-thread script in a quiet window after the first map, and the window. */
  quietScriptMs: number;
  quietWindowMs: number;
  /** Facility markers the page says it drew, and how many the data holds. */
  facilities: number;
  expectedFacilities: number;
}

export interface Criterion {
  key: 'firstMapMs' | 'heapMb' | 'panMs' | 'panScriptMs' | 'quietScript' | 'facilities';
  /** A human statement of the bound, for the report. */
  rule: string;
  pass: boolean;
}

/**
 * Bounds a person at a wall display or a desk would accept: the first picture within a
 * minute, a heap well inside a 4 GiB tab, a drag answered no more than half again as slowly
 * (wall and script) as by the bare libraries drawing the same points, under a tenth of the
 * CPU while nothing happens, and every facility drawn.
 */
export const LIMITS = {
  firstMapMs: 60_000,
  heapMb: 1024,
  panVsBare: 1.5,
  quietScriptShare: 0.1,
} as const;

const within = (v: number, max: number) => Number.isFinite(v) && v >= 0 && v <= max;

/** `bare` is the bare page's measure from the same run; without it the drag is not compared. */
export function judgeScale(m: ScaleMeasure, bare?: ScaleMeasure, limits = LIMITS): Criterion[] {
  const out: Criterion[] = [
    {
      key: 'firstMapMs',
      rule: `first map ≤ ${limits.firstMapMs / 1000} s`,
      pass: within(m.firstMapMs, limits.firstMapMs),
    },
    {
      key: 'heapMb',
      rule: `JS heap after GC ≤ ${limits.heapMb} MB`,
      pass: within(m.heapMb, limits.heapMb),
    },
  ];
  const vsBare = (v: number, ref: number | undefined) =>
    ref !== undefined && Number.isFinite(ref) && ref > 0 && within(v, limits.panVsBare * ref);
  if (bare)
    out.push(
      {
        key: 'panMs',
        rule: `drag → map idle ≤ ${limits.panVsBare}× the bare page's`,
        pass: vsBare(m.panMs, bare.panMs),
      },
      {
        key: 'panScriptMs',
        rule: `script to answer a drag ≤ ${limits.panVsBare}× the bare page's`,
        pass: vsBare(m.panScriptMs, bare.panScriptMs),
      },
    );
  out.push(
    {
      key: 'quietScript',
      rule: `script while idle ≤ ${limits.quietScriptShare * 100}% of the time`,
      pass:
        m.quietWindowMs > 0 && within(m.quietScriptMs, limits.quietScriptShare * m.quietWindowMs),
    },
    {
      key: 'facilities',
      rule: 'every facility drawn',
      pass: m.expectedFacilities > 0 && m.facilities === m.expectedFacilities,
    },
  );
  return out;
}

export const usable = (criteria: Criterion[]): boolean => criteria.every((c) => c.pass);
