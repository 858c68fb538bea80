/** Helpers for the scenario tests (only tests import this). */
import type { ScenarioState } from './state';

/** Highest level in force per municipality (6-digit code), as the app derives it. */
export function levelsInForce(state: ScenarioState): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of state.evacuationInformation) {
    if (i.liftedMinute !== undefined) continue;
    out.set(i.localGovernmentCode, Math.max(out.get(i.localGovernmentCode) ?? 0, i.alertLevel));
  }
  return out;
}

/** Evacuees over the real shelters (planted duplicate and over-capacity report excluded). */
export function realEvacuees(state: ScenarioState, exclude: readonly string[]): number {
  return state.overlays
    .filter((o) => !exclude.some((x) => o.id.includes(x)))
    .reduce((s, o) => s + (o.evacueeTotal ?? 0), 0);
}

/** First issuedAt (storm minute) of a level in a municipality, or undefined. */
export function firstIssued(state: ScenarioState, code6: string, level: number) {
  return state.evacuationInformation.find(
    (i) => i.localGovernmentCode === code6 && i.alertLevel === level,
  )?.issuedMinute;
}
