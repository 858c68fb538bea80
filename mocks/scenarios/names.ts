/** Scenario names, as in the app's config (`scenario`); a test keeps the two lists in step. */
import type { DrillScenario } from './overlay';

export const DRILL_SCENARIOS = [
  'typhoon',
  'typhoon-vacan',
] as const satisfies readonly DrillScenario[];
export const MOCK_SCENARIO_NAMES = ['baseline', ...DRILL_SCENARIOS] as const;
export type MockScenario = (typeof MOCK_SCENARIO_NAMES)[number];

export function isDrillScenario(name: string): name is DrillScenario {
  return (DRILL_SCENARIOS as readonly string[]).includes(name);
}

/** Throws for a name that is neither baseline nor a drill (a typo in config or CLI). */
export function drillScenarioOf(name: string | undefined): DrillScenario | undefined {
  if (name === undefined || name === 'baseline') return undefined;
  if (isDrillScenario(name)) return name;
  throw new Error(`unknown mock scenario "${name}" (known: ${MOCK_SCENARIO_NAMES.join(', ')})`);
}
