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
import type { LifelineGroup } from '../../../domain/island-groups';
import type { StrandedEstimate } from './stranded';

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

/** An island group in the headline: visitors who cannot leave while its services are stopped. */
export interface StrandedMention {
  group: LifelineGroup;
  value: number;
  lowerBound: boolean;
}

/**
 * The island groups the headline names: visitors who cannot leave (above 0) while at least one
 * service leaving the group is suspended. On an ordinary evening, after the last boat, the
 * figure is just as large and means nothing alarming: that is for the islands table, not the
 * headline. Largest first.
 */
export function strandedMentions(estimates: readonly StrandedEstimate[]): StrandedMention[] {
  return estimates
    .filter(
      (e) =>
        e.cannotLeave !== undefined &&
        e.cannotLeave.value > 0 &&
        e.leaving.some((s) => s.status === 'suspended'),
    )
    .map((e) => ({ group: e.group, ...e.cannotLeave! }))
    .sort((a, b) => b.value - a.value || a.group.localeCompare(b.group));
}
