import type { Layer } from '@deck.gl/core';
import type { MessageKey } from '../i18n';
import type { Boundaries } from '../domain/boundaries';
import type { MunicipalityCode } from '../domain/types';
import type { Facility } from '../features/operations/model/facilities';
import { facilityLayer } from '../features/operations/layers/facility-layer';
import type { LiveShelter } from '../features/operations/model/join';
import type { LevelInForce } from '../features/operations/model/levels';
import { liveShelterLayer } from '../features/operations/layers/live-shelter-layer';
import { levelLayer } from '../features/operations/layers/level-layer';
import { lifelineLayers, type LifelineDot } from '../features/operations/layers/lifeline-layer';
import { labelLayer } from '../map/label-layer';
import { BORDERS_LAYER_ID } from '../map/basemap-style';
import type { PlacedLabel } from '../map/label-placement';
import type { Screen } from '../state/url';
import type { Lang } from '../i18n';
import type { Total } from '../domain/tourism-days';
import type { ArcDatum } from '../features/tourism/layers/arcs';
import { presenceLayer } from '../features/tourism/layers/presence-layer';
import { flowLayer, originLabelLayer } from '../features/tourism/layers/flow-layer';
import { areaOutlineLayers } from './views/briefing/layers/area-outline';
import { platformLayer, type PlatformLayerData } from '../features/platform/layers/records-layer';

/** The tourism view's map data at the time cursor. */
export interface TourismLayerData {
  presence: ReadonlyMap<MunicipalityCode, Total>;
  arcs: readonly ArcDatum[];
  arcMax: number;
}

/** Everything a layer may be built from; each field memoised by the caller. */
export interface LayerContext {
  boundaries: Boundaries | undefined;
  facilities: readonly Facility[];
  /** Placed live shelters in draw order; empty when there is no live overlay. */
  live: readonly LiveShelter[];
  /** The live shelters drawn: `live` thinned by the shelter desk's filters; default `live`. */
  liveShown?: readonly LiveShelter[];
  levels: ReadonlyMap<MunicipalityCode, LevelInForce>;
  /** The islands' ferry and air services as dots along their routes (empty until drawn). */
  lifelines: readonly LifelineDot[];
  designated: ((f: Facility) => boolean | undefined) | undefined;
  /** Place names that fit without overlap at the current camera. */
  labels: readonly PlacedLabel[];
  /** Marker size factor for the current zoom (marker-scale.ts). */
  zoomFactor: number;
  selectedKey: string | null;
  scale: number;
  lang: Lang;
  tourism: TourismLayerData | undefined;
  /** The municipality a briefing is about (null: the prefecture). */
  area: MunicipalityCode | null;
  /** The platform view's datasets per municipality; undefined on other screens. */
  platform?: PlatformLayerData | undefined;
}

export interface LayerDef {
  id: string;
  label: MessageKey;
  /** The views that show this layer. */
  screens: readonly Screen[];
  build(ctx: LayerContext): Layer | Layer[] | null;
}

type Designated = (f: Facility) => boolean | undefined;
const NOT_JUDGED = { designated: (): undefined => undefined };
const contexts = new WeakMap<Designated, { designated: Designated }>();

/**
 * The facilities' event-time context, one object per `designated` rule: the layer's update
 * triggers compare it by identity, so a new object on every build would recompute every
 * facility's colour and size on each pan and poll.
 */
function facilityContext(designated: Designated | undefined): { designated: Designated } {
  if (designated === undefined) return NOT_JUDGED;
  let context = contexts.get(designated);
  if (context === undefined) {
    context = { designated };
    contexts.set(designated, context);
  }
  return context;
}

// A briefing shows the operations picture of its area.
const OPS: readonly Screen[] = ['operations', 'briefing'];
const TOURISM: readonly Screen[] = ['tourism'];

/**
 * The map's layers, bottom to top, read by the map (to build them) and by the legend (to
 * switch them): one list, so the two can never disagree.
 */
export const LAYER_REGISTRY: readonly LayerDef[] = [
  {
    id: 'alert-levels',
    label: 'layer.alertLevels',
    screens: OPS,
    build: (c) =>
      c.boundaries && c.levels.size > 0
        ? levelLayer(c.boundaries, c.levels, BORDERS_LAYER_ID)
        : null,
  },
  {
    id: 'lifelines',
    label: 'life.layer',
    screens: OPS,
    build: (c) => (c.lifelines.length > 0 ? lifelineLayers(c.lifelines, c.scale) : null),
  },
  {
    id: 'facilities',
    label: 'layer.facilities',
    screens: OPS,
    build: (c) =>
      facilityLayer({
        facilities: c.facilities,
        selectedKey: c.selectedKey,
        scale: c.scale,
        zoomFactor: c.zoomFactor,
        ...(c.live.length > 0 && { context: facilityContext(c.designated) }),
      }),
  },
  {
    id: 'live-shelters',
    label: 'layer.liveShelters',
    screens: OPS,
    build: (c) =>
      c.live.length > 0
        ? liveShelterLayer(c.liveShown ?? c.live, c.selectedKey, c.scale, c.zoomFactor)
        : null,
  },
  {
    id: 'tourism-presence',
    label: 'layer.tourismPresence',
    screens: TOURISM,
    build: (c) =>
      c.boundaries && c.tourism ? presenceLayer(c.boundaries, c.tourism.presence) : null,
  },
  {
    id: 'tourism-flows',
    label: 'layer.tourismFlows',
    screens: TOURISM,
    build: (c) =>
      c.tourism
        ? [
            flowLayer(c.tourism.arcs, c.tourism.arcMax, c.scale),
            originLabelLayer(c.tourism.arcs, c.lang, c.scale),
          ]
        : null,
  },
  {
    id: 'platform-datasets',
    label: 'layer.platformDatasets',
    screens: ['platform'],
    build: (c) => (c.boundaries && c.platform ? platformLayer(c.boundaries, c.platform) : null),
  },
  {
    id: 'labels',
    label: 'layer.labels',
    screens: ['operations', 'tourism', 'briefing', 'platform'],
    // No names yet (the camera not settled, or the markers' frame first): no text layer to
    // set up.
    build: (c) => (c.labels.length > 0 ? labelLayer(c.labels, c.scale) : null),
  },
  {
    id: 'briefing-area',
    label: 'layer.briefingArea',
    screens: ['briefing'],
    build: (c) => (c.boundaries && c.area ? areaOutlineLayers(c.boundaries, c.area) : null),
  },
];

/**
 * Whether the place names wait for the markers' first frame. Drawn in the same frame, the text
 * layer's first draw (its shaders compiled, its glyph atlas made) held the shelters' first
 * picture back by about 200 ms on the CPU renderer, and the room waits for the shelters, not
 * for the names of the towns. Nothing to wait for (the masters failed or are empty, every
 * facility hidden or the layer off, a screen without markers): the names come at once.
 * `markers` is the number of markers handed to the map, or `pending` while the masters load.
 */
export function namesWaitForMarkers(
  screen: Screen,
  off: readonly string[],
  markers: number | 'pending',
  markersDrawn: boolean,
): boolean {
  if (markersDrawn || markers === 0 || off.includes('facilities')) return false;
  return LAYER_REGISTRY.some((d) => d.id === 'facilities' && d.screens.includes(screen));
}

/**
 * The layers of a screen, all of them, in registry order: one switched off stays in the list
 * with `visible: false`, so deck.gl keeps its buffers and switching it back on costs no rebuild.
 */
export function buildLayers(ctx: LayerContext, screen: Screen, off: readonly string[]): Layer[] {
  return LAYER_REGISTRY.filter((d) => d.screens.includes(screen)).flatMap((d) => {
    const built = [d.build(ctx) ?? []].flat();
    return off.includes(d.id) ? built.map((layer) => layer.clone({ visible: false })) : built;
  });
}
