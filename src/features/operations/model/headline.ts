/**
 * The one sentence a chief reads from across the room in five seconds: what is in force and
 * where, how many shelters are open and how many people are in them, and which island groups
 * are short of room. On a quiet day it says so plainly, with the time it is true as of.
 */
import type { AlertLevel } from '../../../domain/live';
import type { MunicipalityCode } from '../../../domain/types';
import type { OperationsTotals } from './aggregates';
import { ISLAND_GROUPS, type IslandGroup } from './islands';
import type { LevelInForce } from './levels';

export type Headline =
  /** A feed the sentence depends on has not answered yet: say nothing rather than "quiet". */
  | { kind: 'waiting' }
  | { kind: 'quiet'; asOf: number }
  | {
      kind: 'active';
      asOf: number;
      /** Highest level in force and the municipalities at it (by code); absent: none in force. */
      top?: { level: AlertLevel; municipalities: MunicipalityCode[] };
      openShelters: number;
      evacuees: number;
      /** Island groups flagged short of room, in the fixed group order. */
      islandsShort: IslandGroup[];
    };

export interface HeadlineInput {
  levels: ReadonlyMap<MunicipalityCode, LevelInForce>;
  /** Undefined until the shelter overlay has answered. */
  totals: OperationsTotals | undefined;
  /** Whether the evacuation-information feed has answered at least once. */
  levelsKnown: boolean;
  /** When the data behind the sentence was last fetched (the older of the two feeds). */
  asOf: number;
}

export function headline({ levels, totals, levelsKnown, asOf }: HeadlineInput): Headline {
  if (!levelsKnown || !totals) return { kind: 'waiting' };
  let top: { level: AlertLevel; municipalities: MunicipalityCode[] } | undefined;
  for (const [code, l] of levels) {
    if (!top || l.level > top.level) top = { level: l.level, municipalities: [code] };
    else if (l.level === top.level) top.municipalities.push(code);
  }
  const { openShelters, evacuees } = totals.prefecture;
  if (!top && openShelters === 0 && evacuees === 0) return { kind: 'quiet', asOf };
  top?.municipalities.sort();
  return {
    kind: 'active',
    asOf,
    ...(top && { top }),
    openShelters,
    evacuees,
    islandsShort: ISLAND_GROUPS.filter((g) => totals.byIslandGroup[g].spareLow),
  };
}

/** At most `max` names, then how many more: a headline never runs to a second line of names. */
export function firstNames<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}
