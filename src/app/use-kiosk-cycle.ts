import { useEffect, useState } from 'react';
import type { PresetId } from '../map/presets';

/**
 * On the wall nobody touches the screen: every `cycleSeconds` the camera moves to the next
 * configured preset and the rotating side panel advances. Returns the panel index.
 */
export function useKioskCycle(
  enabled: boolean,
  cycleSeconds: number,
  presets: readonly PresetId[],
  panelCount: number,
  setPreset: (p: PresetId) => void,
): number {
  const [step, setStep] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    const id = window.setInterval(() => setStep((s) => s + 1), cycleSeconds * 1000);
    return () => window.clearInterval(id);
  }, [enabled, cycleSeconds]);
  useEffect(() => {
    if (!enabled || step === 0 || presets.length === 0) return;
    setPreset(presets[step % presets.length]!);
  }, [enabled, step, presets, setPreset]);
  return panelCount > 0 ? step % panelCount : 0;
}
