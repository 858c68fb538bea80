import { useEffect, useRef, useState } from 'react';
import type { LayersList, PickingInfo } from '@deck.gl/core';
import type { AppConfig } from '../config/schema';
import type { Boundaries } from '../domain/boundaries';
import { addBoundaryOverlay, offlineStyle } from './basemap-style';
import { createMap, type MapHandle } from './create-map';
import { presetBounds, type PresetId } from './presets';

export interface MapViewProps {
  boundaries: Boundaries;
  basemap: AppConfig['basemap'];
  layers: LayersList;
  preset: PresetId;
  label: string;
  lostMessage: string;
  onPick: (event: 'hover' | 'click', info: PickingInfo) => void;
}

/**
 * The one map of the page. It is created once; data arrives as `layers`. The camera is
 * owned here: framed from the preset at creation and moved only when the preset changes,
 * never on a data refresh (Grafana #57853).
 * Test hooks: data-map-state (loading | idle | context-lost) and data-deck-frames.
 */
export function MapView({
  boundaries,
  basemap,
  layers,
  preset,
  label,
  lostMessage,
  onPick,
}: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const handleRef = useRef<MapHandle | null>(null);
  const onPickRef = useRef(onPick);
  const lastPreset = useRef(preset);
  const [lost, setLost] = useState(false);

  useEffect(() => {
    onPickRef.current = onPick;
  }, [onPick]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let frames = 0;
    const handle = createMap({
      container,
      style: basemap.kind === 'offline' ? offlineStyle(boundaries) : basemap.styleUrl,
      bounds: presetBounds(lastPreset.current),
      onPick: (event, info) => onPickRef.current(event, info),
      onStatus: (status) => {
        container.dataset.mapState = status;
        setLost(status === 'context-lost');
      },
      onDeckFrame: () => {
        frames += 1;
        container.dataset.deckFrames = String(frames);
      },
      onStyleLoad: (map) => {
        if (basemap.kind === 'style') addBoundaryOverlay(map, boundaries);
      },
    });
    handleRef.current = handle;
    return () => {
      handleRef.current = null;
      handle.destroy();
    };
    // Mounted once per boundaries/basemap (both fixed for the page's life).
  }, [boundaries, basemap]);

  useEffect(() => {
    handleRef.current?.setLayers(layers);
  }, [layers]);

  useEffect(() => {
    if (preset === lastPreset.current) return;
    lastPreset.current = preset;
    handleRef.current?.fitTo(presetBounds(preset), true);
  }, [preset]);

  return (
    <div className="map-wrap">
      <div
        ref={containerRef}
        className="map"
        role="region"
        aria-label={label}
        data-testid="map"
        data-map-state="loading"
      />
      {lost ? (
        <div className="map-lost" role="status">
          {lostMessage}
        </div>
      ) : null}
    </div>
  );
}
