import type { core } from '../../domain/zod';

/** One entity read: its domain value with any warnings, or skipped with a reason. */
export type EntityParse<T> =
  { ok: true; value: T; warnings: readonly string[] } | { ok: false; reason: string };

/** The value at a zod issue's path in what was parsed. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * A zod error over `input` as a skip reason, "field: message" ("location: outside Nagasaki
 * Prefecture"), stable enough to count by. A field that is not there reads "missing" (zod 4
 * does not report the input, so absence is read from `input` itself).
 */
export function reasonOf(error: core.$ZodError, input: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  const absent = issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined;
  const message = absent ? 'missing' : issue.message;
  return path ? `${path}: ${message}` : message;
}
