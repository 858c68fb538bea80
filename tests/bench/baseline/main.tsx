/**
 * The bare baseline: a React root, one maplibre map with the same offline basemap (sea, land,
 * borders from the shipped boundaries) and one deck.gl ScatterplotLayer with a point per
 * facility, fetched from the same API. Nothing else, except what the bench needs to compare:
 * the points are pickable with a one-line tooltip (hover latency), the dashboard's test hooks
 * (data-map-state, data-deck-frames, data-testid="count-designations" once the points are
 * handed to deck.gl) and, with ?kiosk=1, the dashboard's camera presets (from config.json)
 * cycled every ?cycle= seconds (default 30) with the same 1.2 s flight.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './style.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ScatterplotLayer } from '@deck.gl/layers';
import { offlineStyle } from '../../../src/map/basemap-style';
import type { Boundaries } from '../../../src/domain/boundaries';
import { fetchPoints, type BareConfig, type BarePoint } from './fetch-masters';

setWorkerUrl(workerUrl);

const params = new URLSearchParams(location.search);
const kiosk = params.get('kiosk') === '1';
const cycleSeconds = Number(params.get('cycle') ?? 30);
const scale = Math.max(1, window.innerWidth / 1920);
const PADDING = 24;

interface Hover {
  x: number;
  y: number;
  key: string;
}

function facilityLayer(points: BarePoint[]) {
  return new ScatterplotLayer<BarePoint>({
    id: 'facilities',
    data: points,
    pickable: true,
    stroked: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (p) => p.position,
    getRadius: (p) => (p.site ? 4 : 5) * scale,
    getFillColor: (p) => (p.site ? [0, 158, 115, 255] : [0, 114, 178, 255]),
    getLineColor: [40, 40, 40, 200],
    getLineWidth: 0.8 * scale,
  });
}

function BareMap() {
  const ref = useRef<HTMLDivElement>(null);
  const overlayRef = useRef<MapLibreOverlay | null>(null);
  const [points, setPoints] = useState<BarePoint[] | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);

  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    let frames = 0;
    let timer: number | undefined;
    let map: MapLibreMap | undefined;
    let stopped = false;
    void (async () => {
      const [config, geo] = await Promise.all([
        fetch('config.json').then((r) => r.json() as Promise<BareConfig>),
        fetch('data/municipalities.geojson').then((r) => r.json() as Promise<unknown>),
      ]);
      if (stopped) return;
      const presets = config.presets;
      const m = new MapLibreMap({
        container,
        // The dashboard's style reads only the collection; the bare page skips validating it.
        style: offlineStyle({ collection: geo as Boundaries['collection'], byCode: new Map() }),
        bounds: presets[0]!,
        fitBoundsOptions: { padding: PADDING },
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        maxPitch: 0,
      });
      map = m;
      m.on('dataloading', () => (container.dataset.mapState = 'loading'));
      m.on('idle', () => (container.dataset.mapState = 'idle'));
      const overlay = new MapLibreOverlay({
        interleaved: true,
        layers: [],
        pickingRadius: 6,
        onHover: (info) => {
          const p = info.object as BarePoint | undefined;
          setHover(p ? { x: info.x, y: info.y, key: p.key } : null);
        },
        onAfterRender: () => (container.dataset.deckFrames = String((frames += 1))),
      });
      m.addControl(overlay);
      overlayRef.current = overlay;
      const loaded = await fetchPoints(config);
      if (stopped) return;
      setPoints(loaded);
      // Like the dashboard, the cycle starts once the first map with the points is up.
      if (kiosk)
        m.once('idle', () => {
          let step = 0;
          timer = window.setInterval(() => {
            step += 1;
            m.fitBounds(presets[step % presets.length]!, { padding: PADDING, duration: 1200 });
          }, cycleSeconds * 1000);
        });
    })();
    return () => {
      stopped = true;
      window.clearInterval(timer);
      overlayRef.current = null;
      map?.remove();
    };
  }, []);

  // Like the dashboard: the count and the layers change in the same commit.
  useEffect(() => {
    if (points) overlayRef.current?.setProps({ layers: [facilityLayer(points)] });
  }, [points]);

  return (
    <>
      <div ref={ref} data-testid="map" style={{ position: 'absolute', inset: 0 }} />
      {points !== null && (
        <output data-testid="count-designations" className="count">
          {points.length}
        </output>
      )}
      {hover && (
        <div className="tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
          {hover.key}
        </div>
      )}
    </>
  );
}

createRoot(document.getElementById('root')!).render(<BareMap />);
