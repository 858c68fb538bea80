/** Command-line flags of the mock server: --name value or --name=value, else an env variable. */
import { drillScenarioOf } from './names';
import type { DrillScenario } from './overlay';

export function flagValue(
  argv: readonly string[],
  name: string,
  fallback: string | undefined,
): string | undefined {
  const flag = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (flag < 0) return fallback;
  const arg = argv[flag]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[flag + 1];
}

function number(raw: string | undefined, name: string, ok: (n: number) => boolean) {
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!ok(n)) throw new Error(`invalid --${name} "${raw}"`);
  return n;
}

export interface DrillArgs {
  scenario?: DrillScenario;
  speed?: number;
  seed?: number;
  startOffsetMinutes?: number;
}

/** --scenario (MOCK_SCENARIO), --speed (MOCK_SPEED), --seed (MOCK_SEED), --start-offset (minutes). */
export function drillFromArgs(argv: readonly string[], env: NodeJS.ProcessEnv): DrillArgs {
  const scenario = drillScenarioOf(flagValue(argv, 'scenario', env.MOCK_SCENARIO));
  const speed = number(
    flagValue(argv, 'speed', env.MOCK_SPEED),
    'speed',
    (n) => n > 0 && n <= 3_600,
  );
  const seed = number(flagValue(argv, 'seed', env.MOCK_SEED), 'seed', Number.isSafeInteger);
  const startOffsetMinutes = number(
    flagValue(argv, 'start-offset', undefined),
    'start-offset',
    (n) => Number.isFinite(n) && n >= 0,
  );
  return {
    ...(scenario ? { scenario } : {}),
    ...(speed !== undefined ? { speed } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(startOffsetMinutes !== undefined ? { startOffsetMinutes } : {}),
  };
}
