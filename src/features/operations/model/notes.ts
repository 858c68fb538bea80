/**
 * What the operations totals leave out or had to decide, as data for the notes under them:
 * each note has a kind (its severity comes from the one rule in src/domain/note-severity.ts)
 * and what the wording needs. Pure; the words are the caller's.
 */
import { noteClass, severityOf } from '../../../domain/note-severity';
import type { MunicipalityCode } from '../../../domain/types';
import type { AreaTotals } from './aggregates';
import type { DuplicateChoice, JoinResult } from './join';

export type OpsNote =
  | { kind: 'overCapacity'; n: number }
  | {
      kind: 'unmatched';
      n: number;
      shelters: Array<{ municipalityCode: MunicipalityCode; id: string }>;
    }
  | { kind: 'duplicates'; n: number; choices: DuplicateChoice[] }
  | { kind: 'invalidReports'; n: number; fields: string[] }
  | { kind: 'unknownStatus'; n: number; values: string[]; missing: boolean }
  | { kind: 'unknownCapacity'; n: number }
  | { kind: 'unknownHeadcount'; n: number }
  | { kind: 'notDesignated'; n: number };

export type OpsNoteKind = OpsNote['kind'];

export const noteClassOf = (note: OpsNote): string => noteClass(note.kind);

/** The notes that have something to say: alarms first, then information, each in a fixed order. */
export function operationsNotes(joined: JoinResult, totals: AreaTotals): OpsNote[] {
  const live = joined.live;
  const invalid = live.filter((s) => s.overlay.invalidFields !== undefined);
  const unknown = live.filter((s) => s.overlay.openingStatus === 'unknown');
  const raws = unknown.flatMap((s) =>
    s.overlay.rawStatus === undefined ? [] : [s.overlay.rawStatus],
  );
  const notes: OpsNote[] = [
    { kind: 'overCapacity', n: live.filter((s) => s.flags.overCapacity).length },
    {
      kind: 'unmatched',
      n: joined.unmatched.length,
      shelters: joined.unmatched.map((o) => ({
        municipalityCode: o.municipalityCode,
        id: o.nationalShelterId ?? o.externalShelterId ?? o.id,
      })),
    },
    { kind: 'duplicates', n: joined.duplicates, choices: joined.duplicateChoices },
    {
      kind: 'invalidReports',
      n: invalid.length,
      fields: [...new Set(invalid.flatMap((s) => s.overlay.invalidFields ?? []))].sort(),
    },
    {
      kind: 'unknownStatus',
      n: unknown.length,
      values: [...new Set(raws)].sort(),
      missing: raws.length < unknown.length,
    },
    { kind: 'unknownCapacity', n: totals.unknownCapacity },
    { kind: 'unknownHeadcount', n: totals.unknownHeadcount },
    {
      kind: 'notDesignated',
      n: live.filter((s) => s.flags.notDesignatedForHazard === true).length,
    },
  ];
  const rank = (note: OpsNote) => (severityOf(note.kind) === 'alarm' ? 0 : 1);
  return notes.filter((note) => note.n > 0).sort((a, b) => rank(a) - rank(b));
}
