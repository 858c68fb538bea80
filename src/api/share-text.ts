/**
 * A structured clone (worker → page, IndexedDB → page) makes a new string for every value it
 * carries: a nationwide master arrives with 200,000 copies of 'site', '42201' or 'flood'.
 * This puts one shared copy in their place, in each item's own fields and in arrays of
 * strings directly under them (hazard lists). Long text (names, addresses, ids) is rarely
 * repeated and is left alone. In place: call it on a result just received, before anything
 * reads it.
 */
export function shareShortText(items: readonly unknown[], maxLength = 12): void {
  const pool = new Map<string, string>();
  const share = (s: string): string => {
    const held = pool.get(s);
    if (held !== undefined) return held;
    pool.set(s, s);
    return s;
  };
  for (const item of items) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const value = record[key];
      if (typeof value === 'string') {
        if (value.length <= maxLength) record[key] = share(value);
      } else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i += 1) {
          const v: unknown = value[i];
          if (typeof v === 'string' && v.length <= maxLength) value[i] = share(v);
        }
      }
    }
  }
}
