import { useEffect, useRef, useState } from 'react';
import type { LayersList, PickingInfo } from '@deck.gl/core';
import type { AppConfig } from '../config/schema';
import type { Boundaries } from '../domain/boundaries';
import { addBoundaryOverlay, offlineStyle } from './basemap-style';
import { createMap, type Camera, type MapHandle } from './create-map';
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

/** Wait before rebuilding after a context loss, so a GPU reset has settled. */
const REBUILD_DELAY_MS = 1_000;

/**
 * The one map of the page. It is created once; data arrives as `layers`. The camera is
 * owned here: framed from the preset at creation and moved only when the preset changes,
 * never on a data refresh (Grafana #57853).
 *
 * WebGL context loss (a GPU reset on a wall that runs for weeks): luma.gl keeps its device
 * and compiled programs on the context object, so after a restore deck.gl would draw with
 * programs that belong to the lost context. The map is rebuilt on a fresh canvas instead,
 * with the camera where it was, and without a page reload.
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
  const layersRef = useRef(layers);
  const lastPreset = useRef(preset);
  const cameraRef = useRef<Camera | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  const [lost, setLost] = useState(false);

  useEffect(() => {
    onPickRef.current = onPick;
  }, [onPick]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let frames = 0;
    let rebuild: number | undefined;
    const handle = createMap({
      container,
      style: basemap.kind === 'offline' ? offlineStyle(boundaries) : basemap.styleUrl,
      bounds: presetBounds(lastPreset.current),
      ...(cameraRef.current && { camera: cameraRef.current }),
      layers: layersRef.current,
      onPick: (event, info) => onPickRef.current(event, info),
      onStatus: (status) => {
        container.dataset.mapState = status;
        setLost(status === 'context-lost');
        if (status === 'context-lost' && rebuild === undefined) {
          rebuild = window.setTimeout(() => setGeneration((g) => g + 1), REBUILD_DELAY_MS);
        }
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
      window.clearTimeout(rebuild);
      cameraRef.current = handle.camera();
      handleRef.current = null;
      handle.destroy();
    };
    // Rebuilt only for a new generation (context loss); boundaries and basemap are fixed
    // for the page's life.
  }, [boundaries, basemap, generation]);

  useEffect(() => {
    // Nothing drawn before and nothing now: skip, a new empty list would still cost a frame.
    const idle = layers.length === 0 && layersRef.current.length === 0;
    layersRef.current = layers;
    if (!idle) handleRef.current?.setLayers(layers);
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
        data-generation={generation}
      />
      {lost ? (
        <div className="map-lost" role="status">
          {lostMessage}
        </div>
      ) : null}
    </div>
  );
}
