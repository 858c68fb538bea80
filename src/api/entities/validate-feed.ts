import { emptyReport, recordSkip, recordWarning, type FeedReport } from './feed-report';
import type { FlatEntityLike } from './flat';
import type { EntityParse } from './entity-parse';

export type Flatten = (
  raw: unknown,
) => { ok: true; entity: FlatEntityLike } | { ok: false; reason: string };

export interface ValidatedFeed<T> {
  items: T[];
  report: FeedReport;
}

/** A feed validated as its pages arrive: `add` each page's raw entities, then read `result`. */
export interface FeedValidator<T> {
  add(raws: readonly unknown[]): void;
  result(): ValidatedFeed<T>;
}

/**
 * Validates each entity on its own: a broken one is skipped and counted with its reason,
 * the rest are kept. Never throws on entity content. Repeated ids are counted across pages.
 */
export function feedValidator<T>(
  expectedType: string,
  flatten: Flatten,
  parse: (entity: FlatEntityLike) => EntityParse<T>,
): FeedValidator<T> {
  const report = emptyReport();
  const items: T[] = [];
  const seen = new Set<string>();
  const add = (raws: readonly unknown[]) => {
    // Indexed loops, not for-of: cheaper in code V8 has not optimised yet, which is all a
    // feed of a few entities (one DisasterEvent, a few dozen orders) ever runs in.
    for (let i = 0; i < raws.length; i++) {
      report.received += 1;
      const flat = flatten(raws[i]);
      if (!flat.ok) {
        recordSkip(report, flat.reason, undefined);
        continue;
      }
      const { entity } = flat;
      if (entity.type !== expectedType && !entity.types?.includes(expectedType)) {
        recordSkip(report, `type: expected ${expectedType}`, entity.id);
        continue;
      }
      // One lookup, not two (has, then add): a repeated id leaves the set's size as it was.
      const distinct = seen.size;
      seen.add(entity.id);
      if (seen.size === distinct) {
        report.duplicateIds += 1;
        continue;
      }
      const parsed = parse(entity);
      if (!parsed.ok) {
        recordSkip(report, parsed.reason, entity.id);
        continue;
      }
      const warnings = parsed.warnings;
      for (let w = 0; w < warnings.length; w++) recordWarning(report, warnings[w]!);
      items.push(parsed.value);
      report.accepted += 1;
    }
  };
  return { add, result: () => ({ items, report }) };
}

/** A whole list at once (see feedValidator). */
export function validateFeed<T>(
  raws: readonly unknown[],
  expectedType: string,
  flatten: Flatten,
  parse: (entity: FlatEntityLike) => EntityParse<T>,
): ValidatedFeed<T> {
  const validator = feedValidator(expectedType, flatten, parse);
  validator.add(raws);
  return validator.result();
}
