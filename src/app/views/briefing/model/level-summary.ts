/**
 * The prefecture's levels in one line per level: how many municipalities stand at each as
 * their highest, and which. A page of every order in force (41 during the drill) is for the
 * municipalities' own briefings; the prefecture's page says where things stand.
 */
import type { AlertLevel, EvacuationInfo } from '../../../../domain/live';
import type { MunicipalityCode } from '../../../../domain/types';

export interface LevelSummaryRow {
  level: AlertLevel;
  /** Municipalities whose highest level in force is this one, by code. */
  municipalities: MunicipalityCode[];
}

/** Highest level first; levels no municipality stands at are left out. */
export function levelSummary(inForce: readonly EvacuationInfo[]): LevelSummaryRow[] {
  const top = new Map<MunicipalityCode, AlertLevel>();
  for (const info of inForce)
    if ((top.get(info.municipalityCode) ?? 0) < info.level)
      top.set(info.municipalityCode, info.level);
  return ([5, 4, 3] as const)
    .map((level) => ({
      level,
      municipalities: [...top]
        .filter(([, l]) => l === level)
        .map(([code]) => code)
        .sort(),
    }))
    .filter((row) => row.municipalities.length > 0);
}
