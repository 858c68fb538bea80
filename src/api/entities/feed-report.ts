import { decodeNote, encodeNote, isEncodedNote } from './notes';

/**
 * What validation did to one feed: how many entities were skipped, and why. Reasons and
 * warnings are counted by what went wrong (field, issue, outcome: a note, src/api/entities/
 * notes.ts), not by the value received; the values are kept apart, a few per reason.
 */
export interface FeedReport {
  received: number;
  accepted: number;
  skipped: number;
  /** Reason → number of entities skipped for it. */
  skipReasons: Record<string, number>;
  /** Kept entities with a value that was ignored or repaired (reason → count). */
  warnings: Record<string, number>;
  /** Entities dropped because their id repeated an earlier one. */
  duplicateIds: number;
  /** A few skipped ids per reason, for the operator to look up. */
  examples: Record<string, string[]>;
  /** A few distinct values received, per skip reason or warning (`"preparing"`, `-264`). */
  values: Record<string, string[]>;
}

export function emptyReport(): FeedReport {
  return {
    received: 0,
    accepted: 0,
    skipped: 0,
    skipReasons: {},
    warnings: {},
    duplicateIds: 0,
    examples: {},
    values: {},
  };
}

const MAX_EXAMPLES = 5;

function addValue(report: FeedReport, key: string, value: string | undefined): void {
  if (value === undefined) return;
  const list = (report.values[key] ??= []);
  if (list.length < MAX_EXAMPLES && !list.includes(value)) list.push(value);
}

/**
 * The counting key of a reason (its note without the value) and the value received. Text
 * reasons of the older parsers stay as they are: some callers read them (unknown tourism codes).
 */
function split(text: string): { key: string; value?: string } {
  const n = isEncodedNote(text) ? decodeNote(text) : undefined;
  if (!n) return { key: text };
  const { raw, ...rest } = n;
  return { key: encodeNote(rest), ...(raw !== undefined && { value: raw }) };
}

export function recordSkip(report: FeedReport, reason: string, id: string | undefined): void {
  const { key, value } = split(reason);
  report.skipped += 1;
  report.skipReasons[key] = (report.skipReasons[key] ?? 0) + 1;
  const list = (report.examples[key] ??= []);
  if (id !== undefined && list.length < MAX_EXAMPLES) list.push(id.slice(0, 200));
  addValue(report, key, value);
}

export function recordWarning(report: FeedReport, warning: string): void {
  const { key, value } = split(warning);
  report.warnings[key] = (report.warnings[key] ?? 0) + 1;
  addValue(report, key, value);
}

/** Several reports of one feed (one per day, say) as one. */
export function mergeReports(reports: readonly FeedReport[]): FeedReport {
  const out = emptyReport();
  const add = (into: Record<string, number>, from: Record<string, number>) => {
    for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
  };
  for (const r of reports) {
    out.received += r.received;
    out.accepted += r.accepted;
    out.skipped += r.skipped;
    out.duplicateIds += r.duplicateIds;
    add(out.skipReasons, r.skipReasons);
    add(out.warnings, r.warnings);
    for (const [reason, ids] of Object.entries(r.examples)) {
      const list = (out.examples[reason] ??= []);
      for (const id of ids) if (list.length < MAX_EXAMPLES) list.push(id);
    }
    for (const [key, values] of Object.entries(r.values))
      for (const v of values) addValue(out, key, v);
  }
  return out;
}
