import { useEffect } from 'react';
import type { PresetId } from '../domain/presets';

/**
 * On the wall nobody touches the screen: every `cycleSeconds` the camera moves to the next
 * configured preset. The panels do not rotate: everything the wall shows is on screen at once.
 */
export function useKioskCycle(
  enabled: boolean,
  cycleSeconds: number,
  presets: readonly PresetId[],
  setPreset: (p: PresetId) => void,
): void {
  useEffect(() => {
    if (!enabled || presets.length === 0) return;
    let step = 0;
    const id = window.setInterval(() => {
      step += 1;
      setPreset(presets[step % presets.length]!);
    }, cycleSeconds * 1000);
    return () => window.clearInterval(id);
  }, [enabled, cycleSeconds, presets, setPreset]);
}
