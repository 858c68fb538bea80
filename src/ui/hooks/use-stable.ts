import { useMemo } from 'react';

/**
 * The same object identity for as long as the content is the same. Polls bring new objects
 * every few seconds even when nothing changed; this keeps charts, layers and memoised
 * panels from redoing their work for equal data. For small JSON-shaped values only.
 */
export function useStableJson<T>(value: T, revive: (json: unknown) => T = (j) => j as T): T {
  const key = JSON.stringify(value);
  // Derived from the key alone, on purpose: equal content → the memoised object.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => revive(JSON.parse(key)), [key]);
}
