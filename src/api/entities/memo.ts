/**
 * A bounded memo of a pure check over text. A feed repeats a few distinct values (a day's
 * date, a poll's observation times), so each is checked once, not once per entity.
 */
export function memo<T>(compute: (s: string) => T, limit = 4096): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    const hit = seen.get(s);
    if (hit !== undefined || seen.has(s)) return hit as T;
    if (seen.size >= limit) seen.clear();
    const value = compute(s);
    seen.set(s, value);
    return value;
  };
}
