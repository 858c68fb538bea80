import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { DeckProps, LayersList, PickingInfo } from '@deck.gl/core';
import type { Bounds } from '../domain/geo';
import type { CameraView } from './label-placement';
import type { Padding } from './fit-padding';
import { sameFit, sameView, type Fit } from './same-camera';
import { freshLayers } from './fresh-layers';
import { applyLayersNow } from './apply-layers-now';
import { layersReady } from './layers-ready';

// Vite does not emit maplibre's worker on its own; without this the map never loads.
setWorkerUrl(workerUrl);

/** luma.gl's canvas context (its own package is deck.gl's to pin, not ours). */
type CanvasContext = ReturnType<
  Parameters<NonNullable<DeckProps['onDeviceInitialized']>>[0]['getDefaultCanvasContext']
>;

/** What a pick handler reads: the object under the pointer (if any) and where the pointer is. */
export type Picked = Pick<PickingInfo, 'object' | 'x' | 'y'>;
export type PickHandler = (event: 'hover' | 'click', info: Picked) => void;

/** Where the camera is, to carry it over when the map has to be rebuilt. */
export interface Camera {
  center: [number, number];
  zoom: number;
}

export interface MapHandle {
  setLayers(layers: LayersList): void;
  /**
   * Frames the bounds in the part of the map the overlays leave free, and keeps them framed
   * when the map is resized (a banner appears, the print layout) until someone moves it.
   */
  fitTo(bounds: Bounds, animate: boolean): void;
  /** Frames the same bounds again (the overlays changed), unless someone has moved the map. */
  refit(): void;
  camera(): Camera;
  /**
   * The map as drawn now, copied onto a 2D canvas: a synchronous redraw, then a copy in the
   * same task, while the WebGL drawing buffer still holds the frame (it is cleared once the
   * frame is composited; preserveDrawingBuffer would cost every frame — maplibre #3899).
   */
  snapshot(): HTMLCanvasElement | null;
  /**
   * The frame drawn at another size (the printed map's box, in CSS px): the map is resized,
   * framed again with only a margin (nothing lies over it on paper), left to load what that
   * view needs and to redraw (labels and markers follow the new camera), copied, and put
   * back where it was.
   */
  snapshotAt(width: number, height: number, margin: number): Promise<HTMLCanvasElement | null>;
  destroy(): void;
}

export type DeckFrame = 'no-device' | 'partial' | 'whole';

export interface MapOptions {
  container: HTMLElement;
  style: StyleSpecification | string;
  /** Frame these bounds, unless a camera to restore is given. */
  bounds: Bounds;
  /** Room kept free around the framed bounds (the overlays drawn over the map). */
  padding: (bounds: Bounds) => Padding;
  camera?: Camera;
  layers: LayersList;
  onPick: PickHandler;
  /** `moving` from the camera's first step until the map is idle again after it. */
  onStatus: (status: 'loading' | 'moving' | 'idle' | 'context-lost') => void;
  /**
   * After each of deck.gl's frames: `whole` when it drew every layer handed over, `partial`
   * when deck.gl had its device but not every layer was ready (one handed over that deck.gl had
   * not taken in yet, or still loading), `no-device` for the frames the overlay reports before.
   */
  onDeckFrame: (frame: DeckFrame) => void;
  /** The camera after it settles (load, end of a move, resize): for labels and marker size. */
  onView: (view: CameraView) => void;
  /** Extra work once the style is in place (e.g. borders over an online style). */
  onStyleLoad?: (map: MapLibreMap) => void;
}

/**
 * Creates the one MapLibre map and its deck.gl overlay. deck.gl draws interleaved in
 * MapLibre's WebGL2 context (one canvas: one context to lose, one buffer to capture);
 * @deck.gl/mapbox's overlay throws with maplibre 6, @deck.gl/maplibre works.
 */
export function createMap(opts: MapOptions): MapHandle {
  const map = new MapLibreMap({
    container: opts.container,
    style: opts.style,
    ...(opts.camera
      ? { center: opts.camera.center, zoom: opts.camera.zoom }
      : {
          bounds: [opts.bounds[0], opts.bounds[1], opts.bounds[2], opts.bounds[3]] as [
            number,
            number,
            number,
            number,
          ],
        }),
    fitBoundsOptions: { padding: opts.padding(opts.bounds) },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    maxPitch: 0,
    localIdeographFontFamily: "'Noto Sans CJK JP', 'Noto Sans JP', sans-serif",
  });
  map.touchZoomRotate.disableRotation();

  // The bounds the camera was last framed to, while nobody has moved it since.
  let framed: Bounds | undefined = opts.camera ? undefined : opts.bounds;
  // The last fit's bounds and padding: framing the same bounds in the same free area again
  // would cost a frame (and a label and marker rebuild) for nothing, on every poll that
  // changes an overlay's text but not its size.
  let lastFit: Fit | undefined;
  const fit = (bounds: Bounds, animate: boolean, onlyIfChanged = false) => {
    const padding = opts.padding(bounds);
    const el = map.getContainer();
    const next = { bounds, padding, width: el.clientWidth, height: el.clientHeight };
    if (onlyIfChanged && lastFit && sameFit(lastFit, next)) return;
    lastFit = next;
    map.fitBounds([bounds[0], bounds[1], bounds[2], bounds[3]], {
      padding,
      animate,
      duration: 1200,
    });
  };

  // deck.gl gets the layers at once and prepares them (data, buffers, shaders) while the style
  // loads; it places them among the style's layers (under the borders) once the style is
  // loaded (below). They are clones, as this map may be a rebuild whose predecessor's deck
  // finalized the instances it drew.
  let layers: LayersList = freshLayers(opts.layers);
  // Layers handed to deck.gl while the style was not loaded, and not yet placed.
  let unplaced = true;
  // Whether deck.gl has its device, and what the frame being drawn draws.
  let deckReady = false;
  let frame: DeckFrame = 'no-device';
  // luma.gl's view of the drawing buffer of the canvas deck.gl shares with maplibre.
  let canvasContext: CanvasContext | undefined;
  const overlay = new MapLibreOverlay({
    interleaved: true,
    layers,
    pickingRadius: 6,
    onHover: (info) => opts.onPick('hover', info),
    onClick: (info) => opts.onPick('click', info),
    onLoad: () => {
      deckReady = true;
      // Layers handed before deck.gl had its device: drawn in its first frame, not its second.
      applyLayersNow(overlay);
    },
    onBeforeRender: () => {
      frame = !deckReady ? 'no-device' : layersReady(layers) ? 'whole' : 'partial';
    },
    onAfterRender: () => opts.onDeckFrame(frame),
    onDeviceInitialized: (device) => {
      canvasContext = device.getDefaultCanvasContext();
    },
  });
  map.addControl(overlay);
  // deck.gl gets no pointer moves while maplibre drags, so a hover would stay on screen
  // where the marker was; whenever the camera starts moving, nothing is hovered any more.
  map.on('movestart', (e) => {
    opts.onPick('hover', { object: undefined, x: -1, y: -1 });
    // A person moved the map: from now on it stays where they put it.
    if (e.originalEvent) framed = undefined;
  });

  const view = (): CameraView => {
    const c = map.getCenter();
    const el = map.getContainer();
    return {
      longitude: c.lng,
      latitude: c.lat,
      zoom: map.getZoom(),
      width: el.clientWidth,
      height: el.clientHeight,
    };
  };
  // Reported only when it changed: a new camera places the names and sizes the markers again.
  let lastView: CameraView | undefined;
  const report = () => {
    const v = view();
    if (lastView && sameView(lastView, v)) return;
    lastView = v;
    opts.onView(v);
  };
  // The style's layers exist from here (its sources may still be loading): the extra ones
  // (an online style's borders) are added now.
  map.once('style.load', () => opts.onStyleLoad?.(map));
  // deck.gl places its layers among the style's only while the style is loaded whole, sources
  // included; otherwise it skips them and waits for a later style change, which may never
  // come. The style is not loaded at first, nor while a source is added later (the land around
  // the prefecture): a layer that first appears then (the level shading, once the levels are
  // in) stayed off the map. So layers handed over then are handed over again the moment the
  // style is loaded: a source reporting its data in, before the frame that draws it (`load`
  // fires after that frame: one more frame for the first markers, 0.3–0.9 s on the CPU).
  const place = () => {
    if (!unplaced || lost || !map.isStyleLoaded()) return;
    unplaced = false;
    overlay.setProps({ layers });
  };
  map.on('sourcedata', place);
  map.on('load', place);
  map.on('idle', place);
  map.on('load', report);
  map.on('moveend', report);
  map.on('resize', () => {
    // maplibre has just sized its canvas's drawing buffer, and draws the next frame (deck.gl's
    // layers in it) before anything else runs. luma.gl learns the buffer's size from a
    // ResizeObserver, one frame late, and applies what it learnt at deck.gl's next draw: after
    // two resizes in quick succession (the page's layout settling while the map loads) it
    // applied the first size over maplibre's second, and as the canvas's CSS size had already
    // been reported, nothing corrected it. The drawing buffer then no longer matched the page
    // (the frame scaled, deck.gl's layers off maplibre's by the difference, up to 78 px on the
    // wall) until the next resize. Telling luma.gl the size maplibre set leaves it nothing
    // stale to apply.
    const canvas = map.getCanvas();
    canvasContext?.setDrawingBufferSize(canvas.width, canvas.height);
    if (framed) fit(framed, false);
    report();
  });
  map.on('dataloading', () => opts.onStatus('loading'));
  map.on('movestart', () => opts.onStatus('moving'));
  map.on('idle', () => opts.onStatus('idle'));
  // Once the context is lost, maplibre has dropped the style: handing deck.gl new layers then
  // would make maplibre start an empty style to put them in (where the borders they go under
  // do not exist). The map is about to be rebuilt; the rebuild gets the layers.
  let lost = false;
  map.on('webglcontextlost', () => {
    lost = true;
    opts.onStatus('context-lost');
  });

  /**
   * The map idle (its sources loaded for this view), then two frames more: the layers that
   * follow the camera (place names, marker size) are rebuilt by React after the move ends.
   */
  function settled(timeoutMs = 15_000): Promise<void> {
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
    /** The next `idle`, or the timeout, whichever comes first. */
    const idle = (repaint: boolean) =>
      new Promise<void>((resolve) => {
        const timer = window.setTimeout(resolve, timeoutMs);
        map.once('idle', () => {
          window.clearTimeout(timer);
          resolve();
        });
        if (repaint) map.triggerRepaint();
      });
    return idle(true)
      .then(frame)
      .then(frame)
      .then(() => (map.loaded() ? undefined : idle(false)));
  }

  function copyCanvas(): HTMLCanvasElement | null {
    map.redraw();
    const source = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d');
    if (!ctx || source.width === 0) return null;
    ctx.drawImage(source, 0, 0);
    return copy;
  }

  return {
    setLayers(next) {
      if (lost) return;
      layers = next;
      overlay.setProps({ layers });
      applyLayersNow(overlay);
      if (!map.isStyleLoaded()) unplaced = true;
    },
    fitTo(bounds, animate) {
      framed = bounds;
      fit(bounds, animate);
    },
    refit() {
      if (framed) fit(framed, false, true);
    },
    camera() {
      const c = map.getCenter();
      return { center: [c.lng, c.lat], zoom: map.getZoom() };
    },
    snapshot: copyCanvas,
    async snapshotAt(width, height, margin) {
      const el = map.getContainer();
      const before = { width: el.style.width, height: el.style.height };
      const center = map.getCenter();
      const zoom = map.getZoom();
      el.style.width = `${width}px`;
      el.style.height = `${height}px`;
      map.resize();
      if (framed)
        map.fitBounds([framed[0], framed[1], framed[2], framed[3]], {
          padding: margin,
          animate: false,
        });
      try {
        await settled();
        return copyCanvas();
      } finally {
        el.style.width = before.width;
        el.style.height = before.height;
        map.resize();
        if (framed) fit(framed, false);
        else map.jumpTo({ center, zoom });
      }
    },
    destroy() {
      map.removeControl(overlay);
      overlay.finalize();
      map.remove();
    },
  };
}
