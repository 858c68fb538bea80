/**
 * What stays on the banner for as long as it is true, whenever the page was opened: level 5
 * (緊急安全確保) in force. Diffs between polls only see changes after load; a wall reloaded
 * during a level 5 must still show it.
 */
import type { MunicipalityCode } from '../../../domain/types';
import type { LevelInForce } from './levels';

export interface StandingLevel5 {
  /** Changes when the set of orders at level 5 changes, so an acknowledgement lasts until then. */
  id: string;
  /** Municipalities at level 5, earliest issued first. */
  municipalities: { code: MunicipalityCode; issuedAt: number; label: string }[];
}

export function standingLevel5(
  levels: ReadonlyMap<MunicipalityCode, LevelInForce>,
): StandingLevel5 | undefined {
  const at5 = [...levels]
    .filter(([, l]) => l.level === 5)
    .map(([code, l]) => ({ code, issuedAt: l.issuedAt, label: l.label, infoId: l.infoId }))
    .sort((a, b) => a.issuedAt - b.issuedAt || a.code.localeCompare(b.code));
  if (at5.length === 0) return undefined;
  return {
    id: `level5|${at5
      .map((m) => m.infoId)
      .sort()
      .join('|')}`,
    municipalities: at5.map(({ code, issuedAt, label }) => ({ code, issuedAt, label })),
  };
}
