/** A JSON object (not an array, not null). A type guard, so no cast is needed downstream. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Names that would reach Object.prototype if copied with plain assignment downstream; never
// legitimate NGSI-LD attribute names, so they are dropped on the way in.
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isSafeKey(key: string): boolean {
  return !UNSAFE_KEYS.has(key);
}

/** The entity id (`id`, or `@id` from an expanded-ish payload), if it is a non-empty string. */
export function entityIdOf(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const id = Object.hasOwn(value, 'id') ? value['id'] : value['@id'];
  return typeof id === 'string' && id !== '' ? id : undefined;
}
