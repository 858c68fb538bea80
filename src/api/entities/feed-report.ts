/** What validation did to one feed: how many entities were skipped, and why. */
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
  };
}

const MAX_EXAMPLES = 5;

export function recordSkip(report: FeedReport, reason: string, id: string | undefined): void {
  report.skipped += 1;
  report.skipReasons[reason] = (report.skipReasons[reason] ?? 0) + 1;
  const list = (report.examples[reason] ??= []);
  if (id !== undefined && list.length < MAX_EXAMPLES) list.push(id.slice(0, 200));
}

export function recordWarning(report: FeedReport, warning: string): void {
  report.warnings[warning] = (report.warnings[warning] ?? 0) + 1;
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
  }
  return out;
}
