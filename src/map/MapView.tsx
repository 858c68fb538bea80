import { useEffect, useRef, useState, type RefObject } from 'react';
import type { LayersList } from '@deck.gl/core';
import type { AppConfig } from '../config/schema';
import type { Boundaries } from '../domain/boundaries';
import { addBoundaryOverlay, addContextLand, offlineStyle } from './basemap-style';
import { createMap, type Camera, type MapHandle, type PickHandler } from './create-map';
import type { Bounds } from '../domain/geo';
import { fitPadding, mercatorAspect, type Padding } from './fit-padding';
import type { CameraView } from './label-placement';

/** What the camera frames, and a key that changes when it should move there. */
export interface MapFrame {
  key: string;
  bounds: Bounds;
}

/** Pictures of the map, for the PNG export and for print; null without a map. */
export interface MapSnapshot {
  /** The map as drawn now. */
  now(): HTMLCanvasElement | null;
  /**
   * Draws the map at the printed box's size, framed for paper, and puts it in place for
   * printing (print then shows it instead of the screen's frame). Resolves when it is ready.
   */
  preparePrint(): Promise<void>;
}

export interface MapViewProps {
  boundaries: Boundaries;
  basemap: AppConfig['basemap'];
  layers: LayersList;
  frame: MapFrame;
  /** Filled with the current map's snapshot function (it changes when the map is rebuilt). */
  snapshotRef?: RefObject<MapSnapshot | null>;
  label: string;
  lostMessage: string;
  onPick: PickHandler;
  /** The camera after it settles: labels are placed and markers sized for it. */
  onView?: (view: CameraView) => void;
  /**
   * The printed map's box in mm: on paper the frame is drawn again at that size, so the
   * printout frames the area as well as the screen does (not the screen's frame squeezed).
   * Without it the screen's frame is printed as drawn.
   */
  printSizeMm?: readonly [width: number, height: number];
  /**
   * While true (the first data still on its way), the offline basemap's surrounding land is
   * held back: its tiling would compete with the first data for the page's two cores and
   * delay the first map. It is added as soon as this turns false, or CONTEXT_HOLD_MAX_MS after
   * the style has loaded when the data takes longer (a nationwide master).
   */
  holdContext?: boolean;
  /**
   * Called once the first map with its data has settled (with the surrounding land, when the
   * basemap is offline), or has waited for it longer than CONTEXT_HOLD_MAX_MS: the moment for
   * what is context rather than the picture the room waits for, such as secondary layers whose
   * first frame is costly to draw in software.
   */
  onSettled?: () => void;
  /** Called after each frame in which deck.gl drew every layer it was handed (among maplibre's). */
  onLayersDrawn?: () => void;
}

const PX_PER_MM = 96 / 25.4;

/** Room around a framed preset besides the overlays, px. */
const FIT_MARGIN = 24;
/** Room around the framed area on paper, px (nothing lies over the printed map). */
const PRINT_MARGIN = 12;

/**
 * What the panels drawn over the map (its siblings in the map area: legend, preset buttons,
 * time bar) leave free, for framing a preset there rather than under them.
 */
function overlayPadding(container: HTMLElement, bounds: Bounds): Padding {
  const area = container.closest('.map-area');
  const own = container.getBoundingClientRect();
  const boxes = [...(area?.children ?? [])]
    .filter((el) => !el.classList.contains('map-wrap') && !el.classList.contains('tooltip'))
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({
      left: r.left - own.left,
      top: r.top - own.top,
      right: r.right - own.left,
      bottom: r.bottom - own.top,
    }));
  return fitPadding(
    { width: own.width, height: own.height },
    boxes,
    FIT_MARGIN,
    mercatorAspect(bounds),
  );
}

/** After the first map with data has settled, wait this long before adding the surrounding land. */
const CONTEXT_DELAY_MS = 1_000;

/**
 * The longest the surrounding land is held back for the first data, from the style's load. A
 * first load brings the data within a few seconds; a nationwide master read takes many more,
 * and the land then drawn after the markers would cost frames of every marker (about 2 s
 * each at 130,000 in software). Drawn while the map waits, it costs frames of nothing.
 */
export const CONTEXT_HOLD_MAX_MS = 5_000;

/** Wait before rebuilding after a context loss, so a GPU reset has settled. */
const REBUILD_DELAY_MS = 1_000;

/**
 * The one map of the page. It is created once; data arrives as `layers`. The camera is
 * owned here: framed at creation and moved only when the frame's key changes (a preset, a
 * briefing's municipality), never on a data refresh (Grafana #57853).
 *
 * WebGL context loss (a GPU reset on a wall that runs for weeks): luma.gl keeps its device
 * and compiled programs on the context object, so after a restore deck.gl would draw with
 * programs that belong to the lost context. The map is rebuilt on a fresh canvas instead,
 * with the camera where it was, and without a page reload.
 * Printing: on `beforeprint` a 2D copy of the current frame is put in `.map-print`, which the
 * print stylesheet shows instead of the WebGL canvas (that would print blank).
 * Test hooks: data-map-state (loading | idle | context-lost) and data-deck-frames.
 */
export function MapView({
  boundaries,
  basemap,
  layers,
  frame,
  snapshotRef,
  label,
  lostMessage,
  onPick,
  onView,
  printSizeMm,
  holdContext = false,
  onSettled,
  onLayersDrawn,
}: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const handleRef = useRef<MapHandle | null>(null);
  const onPickRef = useRef(onPick);
  const onViewRef = useRef(onView);
  const onSettledRef = useRef(onSettled);
  const onLayersDrawnRef = useRef(onLayersDrawn);
  const layersRef = useRef(layers);
  const lastFrame = useRef(frame);
  const printRef = useRef<HTMLDivElement>(null);
  const cameraRef = useRef<Camera | undefined>(undefined);
  const coverRef = useRef<HTMLDivElement>(null);
  const printSizeRef = useRef(printSizeMm);
  const holdContextRef = useRef(holdContext);
  /** The surrounding land's addition, waiting for `holdContext` to turn false. */
  const pendingContext = useRef<(() => void) | null>(null);
  const [generation, setGeneration] = useState(0);
  const [lost, setLost] = useState(false);

  useEffect(() => {
    onPickRef.current = onPick;
    onViewRef.current = onView;
    onSettledRef.current = onSettled;
    onLayersDrawnRef.current = onLayersDrawn;
    printSizeRef.current = printSizeMm;
  }, [onPick, onView, onSettled, onLayersDrawn, printSizeMm]);

  /**
   * The map is briefly drawn at the paper's size; a still of the screen covers it meanwhile,
   * so nobody sees it jump.
   */
  async function preparePrint(handle: MapHandle): Promise<void> {
    const holder = printRef.current;
    const cover = coverRef.current;
    const size = printSizeRef.current;
    if (!holder) return;
    if (!size) {
      hold(holder, handle.snapshot());
      holder.dataset.printReady = '1';
      return;
    }
    const still = handle.snapshot();
    if (cover && still) cover.replaceChildren(still);
    try {
      const picture = await handle.snapshotAt(
        Math.round(size[0] * PX_PER_MM),
        Math.round(size[1] * PX_PER_MM),
        PRINT_MARGIN,
      );
      holder.style.width = `${size[0]}mm`;
      holder.style.height = `${size[1]}mm`;
      hold(holder, picture);
      holder.dataset.printReady = '1';
    } finally {
      cover?.replaceChildren();
    }
  }

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let frames = 0;
    // Frames deck.gl drew without every layer it had been handed (see applyLayersNow).
    let partial = 0;
    let rebuild: number | undefined;
    let landTimer: number | undefined;
    let holdTimer: number | undefined;
    const handle = createMap({
      container,
      style: basemap.kind === 'offline' ? offlineStyle(boundaries) : basemap.styleUrl,
      bounds: lastFrame.current.bounds,
      padding: (bounds) => overlayPadding(container, bounds),
      ...(cameraRef.current && { camera: cameraRef.current }),
      layers: layersRef.current,
      onPick: (event, info) => onPickRef.current(event, info),
      onStatus: (status) => {
        container.dataset.mapState = status;
        setLost(status === 'context-lost');
        if (status === 'context-lost' && rebuild === undefined) {
          // The lost map has no style any more: adding the surrounding land to it would make
          // maplibre start an empty one (and deck.gl place its layers there). The rebuild adds it.
          window.clearTimeout(landTimer);
          window.clearTimeout(holdTimer);
          pendingContext.current = null;
          rebuild = window.setTimeout(() => setGeneration((g) => g + 1), REBUILD_DELAY_MS);
        }
      },
      onView: (view) => onViewRef.current?.(view),
      onDeckFrame: (frame) => {
        frames += 1;
        container.dataset.deckFrames = String(frames);
        if (frame === 'partial') container.dataset.partialFrames = String((partial += 1));
        if (frame === 'whole') onLayersDrawnRef.current?.();
      },
      onStyleLoad: (map) => {
        // Held for the first data, but not for ever (CONTEXT_HOLD_MAX_MS).
        const hold = (release: () => void) => {
          if (!holdContextRef.current) return release();
          pendingContext.current = release;
          holdTimer = window.setTimeout(() => {
            if (!pendingContext.current) return;
            pendingContext.current();
            // The map has been idle, waiting: a frame, so that it reports idle again.
            map.triggerRepaint();
          }, CONTEXT_HOLD_MAX_MS);
        };
        if (basemap.kind === 'style') {
          addBoundaryOverlay(map, boundaries);
          const settle = () => {
            pendingContext.current = null;
            map.once('idle', () => onSettledRef.current?.());
          };
          hold(settle);
          return;
        }
        const addLand = () => {
          pendingContext.current = null;
          // Once the map with its data has settled, and a moment after: the first complete
          // map is what the room waits for; the land around it is context.
          map.once('idle', () => {
            landTimer = window.setTimeout(() => {
              addContextLand(map);
              // Test hook: when the land around was added (before or after the markers).
              container.dataset.contextLand = 'added';
              onSettledRef.current?.();
            }, CONTEXT_DELAY_MS);
          });
        };
        hold(addLand);
      },
    });
    handleRef.current = handle;
    if (snapshotRef)
      snapshotRef.current = {
        now: () => handle.snapshot(),
        preparePrint: () => preparePrint(handle),
      };
    return () => {
      window.clearTimeout(rebuild);
      window.clearTimeout(landTimer);
      window.clearTimeout(holdTimer);
      pendingContext.current = null;
      if (snapshotRef) snapshotRef.current = null;
      cameraRef.current = handle.camera();
      handleRef.current = null;
      handle.destroy();
    };
    // Rebuilt only for a new generation (context loss); boundaries and basemap are fixed
    // for the page's life.
  }, [boundaries, basemap, generation, snapshotRef]);

  useEffect(() => {
    holdContextRef.current = holdContext;
    if (!holdContext) pendingContext.current?.();
  }, [holdContext]);

  useEffect(() => {
    // Nothing drawn before and nothing now: skip, a new empty list would still cost a frame.
    const idle = layers.length === 0 && layersRef.current.length === 0;
    layersRef.current = layers;
    if (!idle) handleRef.current?.setLayers(layers);
  }, [layers]);

  useEffect(() => {
    if (frame.key === lastFrame.current.key) return;
    lastFrame.current = frame;
    handleRef.current?.fitTo(frame.bounds, true);
  }, [frame]);

  // The overlays over the map change (a legend grows when live data arrives, the time bar
  // appears): frame the preset again in what they leave free, unless someone moved the map.
  useEffect(() => {
    const area = containerRef.current?.closest('.map-area');
    if (!area) return;
    let pending: number | undefined;
    const refit = () => {
      window.clearTimeout(pending);
      pending = window.setTimeout(() => handleRef.current?.refit(), 100);
    };
    const sizes = new ResizeObserver(refit);
    const isOverlay = (n: Node) =>
      n instanceof Element && !n.classList.contains('map-wrap') && !n.classList.contains('tooltip');
    const watch = () => {
      sizes.disconnect();
      for (const el of area.children) if (isOverlay(el)) sizes.observe(el);
    };
    const children = new MutationObserver((records) => {
      const changed = records.some((r) =>
        [...r.addedNodes, ...r.removedNodes].some((n) => isOverlay(n)),
      );
      if (!changed) return;
      watch();
      refit();
    });
    watch();
    children.observe(area, { childList: true });
    return () => {
      window.clearTimeout(pending);
      sizes.disconnect();
      children.disconnect();
    };
  }, []);

  // A WebGL canvas prints blank: for print, a 2D copy of the frame takes its place. The print
  // button prepares a copy drawn at the paper's size first; the browser's own print command
  // (no chance to wait for the map) gets the frame as it is on screen.
  useEffect(() => {
    const holder = printRef.current;
    if (!holder) return;
    const before = () => {
      if (holder.dataset.printReady !== '1') hold(holder, handleRef.current?.snapshot());
    };
    const after = () => {
      holder.replaceChildren();
      delete holder.dataset.printReady;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

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
      <div ref={coverRef} className="map-cover" aria-hidden="true" />
      <div ref={printRef} className="map-print" aria-hidden="true" data-testid="map-print" />
      {lost ? (
        <div className="map-lost" role="status">
          {lostMessage}
        </div>
      ) : null}
    </div>
  );
}

/** Puts a picture of the map (or nothing) in the print holder. */
function hold(holder: HTMLElement, picture: HTMLCanvasElement | null | undefined): void {
  holder.replaceChildren(...(picture ? [picture] : []));
}
