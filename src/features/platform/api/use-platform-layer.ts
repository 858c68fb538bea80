import { useMemo } from 'react';
import { platformLayerData, type PlatformLayerData } from '../layers/records-layer';
import { usePlatformKpis } from './use-platform-kpis';

/**
 * The platform map layer's data, while `enabled` (the platform screen is shown); the same
 * query as the side panel, so the map and its table alternative always show one snapshot.
 */
export function usePlatformLayer(enabled: boolean): PlatformLayerData | undefined {
  const { matrix } = usePlatformKpis(enabled);
  return useMemo(
    () => (enabled && matrix ? platformLayerData(matrix) : undefined),
    [enabled, matrix],
  );
}
