import { useEffect } from 'react';
import { useServices } from '../../../services/context';
import { useUi } from '../../../state/hooks';
import { stepCursor } from '../model/period';
import type { TimeRange } from '../../../domain/tourism-days';

/**
 * Ticks at most four times a second and moves the cursor by whole hours: 1, 2 or 4 data hours
 * a second step an hour at a time; faster speeds take bigger steps rather than more frames.
 */
export function playbackTiming(speed: number): { intervalMs: number; hours: number } {
  if (speed <= 4) return { intervalMs: 1000 / speed, hours: 1 };
  return { intervalMs: 250, hours: Math.round(speed / 4) };
}

/** While `playing`, advances the shared time cursor through the range, wrapping at the end. */
export function usePlayback(active: boolean, cursor: number, range: TimeRange): void {
  const { store } = useServices();
  const playing = useUi((s) => s.playing) && active;
  const speed = useUi((s) => s.tourism.speed);
  useEffect(() => {
    if (!playing) return;
    const { intervalMs, hours } = playbackTiming(speed);
    const id = window.setTimeout(() => {
      store.getState().setTourism({ cursor: stepCursor(cursor, range, hours) });
    }, intervalMs);
    return () => window.clearTimeout(id);
  }, [playing, speed, cursor, range, store]);
}
