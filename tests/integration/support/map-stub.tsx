import { useEffect } from 'react';
import type { MapViewProps } from '../../../src/map/MapView';

/**
 * The map as the integration tests see it (WebGL is never rendered in jsdom): it shows the ids
 * of the layers it was given, settles as soon as the data is in (as the map does once its
 * first picture is drawn), reports the camera where it settles (names are placed for it) and
 * a drawn frame after each new list of layers, as deck.gl does.
 * Use as `vi.mock('../../src/map/MapView', () => import('./support/map-stub'))`.
 */
export function MapView(props: MapViewProps) {
  const { holdContext, onSettled, onView, onLayersDrawn, layers } = props;
  useEffect(() => {
    if (!holdContext) onSettled?.();
  }, [holdContext, onSettled]);
  useEffect(() => {
    onView?.({ longitude: 129.75, latitude: 33.2, zoom: 7.6, width: 1600, height: 900 });
  }, [onView]);
  useEffect(() => {
    onLayersDrawn?.();
  }, [layers, onLayersDrawn]);
  return (
    <div
      data-testid="map-stub"
      data-layer-ids={layers
        .map((l) => (l && typeof l === 'object' && 'id' in l ? String(l.id) : ''))
        .join(',')}
    />
  );
}
