/**
 * How loudly a note speaks, decided once for the whole app. The rule: a note is an *alarm*
 * when it says that people may come to harm unless someone acts now (a feed has stopped, so
 * the screen no longer shows the present; a shelter reports more people than it can hold; an
 * island group is running out of room). Every other note is *information*: what the figures
 * leave out, how the data was read, repaired or set aside. Information is shown neutral, so
 * that amber and red keep their meaning on a wall that runs all day.
 */
export type NoteSeverity = 'info' | 'alarm';

const SEVERITY = {
  feedFailed: 'alarm',
  overCapacity: 'alarm',
  spareLow: 'alarm',
  feedSkipped: 'info',
  feedWarning: 'info',
  feedDuplicateIds: 'info',
  unmatched: 'info',
  duplicates: 'info',
  invalidReports: 'info',
  unknownStatus: 'info',
  unknownCapacity: 'info',
  unknownHeadcount: 'info',
  notDesignated: 'info',
} as const satisfies Record<string, NoteSeverity>;

export type NoteKind = keyof typeof SEVERITY;

export const severityOf = (kind: NoteKind): NoteSeverity => SEVERITY[kind];

/** The class that styles a note of this kind (`note-info` or `note-alarm`). */
export const noteClass = (kind: NoteKind): string => `note-${severityOf(kind)}`;
