/** `npm run soak -- --minutes 30 [--sample-seconds 60] [--width 1920 --height 1080] [--max-heap-mb-per-hour 10]` */
export interface SoakOptions {
  minutes: number;
  sampleSeconds: number;
  width: number;
  height: number;
  pollSeconds: number;
  maxHeapMbPerHour: number;
  out: string;
}

export const DEFAULTS: SoakOptions = {
  minutes: 30,
  sampleSeconds: 60,
  width: 1920,
  height: 1080,
  pollSeconds: 1,
  maxHeapMbPerHour: 10,
  out: 'reports/soak',
};

const FLAGS: Record<string, keyof SoakOptions> = {
  '--minutes': 'minutes',
  '--sample-seconds': 'sampleSeconds',
  '--width': 'width',
  '--height': 'height',
  '--poll-seconds': 'pollSeconds',
  '--max-heap-mb-per-hour': 'maxHeapMbPerHour',
  '--out': 'out',
};

/** Reads the flags it knows; an unknown flag or a bad number is an error, not a silent default. */
export function parseSoakArgs(argv: readonly string[]): SoakOptions {
  const out: SoakOptions = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i]!;
    const key = FLAGS[flag];
    const raw = argv[i + 1];
    if (!key) throw new Error(`unknown option ${flag} (known: ${Object.keys(FLAGS).join(', ')})`);
    if (raw === undefined) throw new Error(`${flag} needs a value`);
    if (key === 'out') {
      out.out = raw;
      continue;
    }
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0)
      throw new Error(`${flag} wants a positive number, not "${raw}"`);
    out[key] = n;
  }
  if (out.sampleSeconds * 3 > out.minutes * 60)
    throw new Error('the run must hold at least three samples (--minutes vs --sample-seconds)');
  return out;
}
