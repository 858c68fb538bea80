import { useEffect, useRef, useState } from 'react';

/**
 * `value` as is while idle; while `busy`, at most one new value every `ms`. Ninety days arrive
 * as 180 day queries: re-aggregating on each arrival would be 180 bursts of work for charts
 * nobody can read yet, so during loading the view refreshes about once a second. A new `key`
 * (another period) is followed at once: the old period's data must never stand for the new.
 */
export function useThrottledWhileBusy<T>(value: T, busy: boolean, ms: number, key = ''): T {
  const [shown, setShown] = useState(value);
  const [shownKey, setShownKey] = useState(key);
  const last = useRef(0);
  // Idle, or another period: follow at once (state derived during render, React's pattern).
  if ((!busy || key !== shownKey) && shown !== value) setShown(value);
  if (key !== shownKey) setShownKey(key);
  useEffect(() => {
    if (!busy || shown === value) return;
    // A newer value restarts the wait only for what is left of the interval: a throttle.
    const wait = Math.max(0, last.current + ms - Date.now());
    const id = window.setTimeout(() => {
      last.current = Date.now();
      setShown(value);
    }, wait);
    return () => window.clearTimeout(id);
  }, [value, busy, ms, shown]);
  return busy && key === shownKey ? shown : value;
}
