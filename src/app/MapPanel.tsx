import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { useServices } from '../services/context';
import { useUi } from '../state/hooks';
import { useT } from '../i18n/react';
import { facilityKey } from '../domain/facility-key';
import { useViewportScale } from './use-viewport-scale';
import { buildLayers, namesWaitForMarkers, type TourismLayerData } from './layer-registry';
import { MapView, type MapSnapshot } from '../map/MapView';
import type { Picked } from '../map/create-map';
import { frameFor } from '../domain/presets';
import { PresetBar } from '../map/PresetBar';
import { municipalityLabels } from '../map/label-layer';
import type { CameraView, PlacedLabel } from '../map/label-placement';
import { usePlacedLabels } from '../map/use-placed-labels';
import { markerZoomFactor } from '../map/marker-scale';
import { visibleFacilities } from '../features/operations/layers/facility-layer';
import { FacilityCard } from '../features/operations/components/FacilityCard';
import { facilityKeyOf, type Facility } from '../features/operations/model/facilities';
import type { LiveShelter } from '../features/operations/model/join';
import { drawOrder } from '../features/operations/layers/live-shelter-layer';
import { filterShelters } from '../features/operations/model/eei';
import { isDesignatedFor } from '../features/operations/model/hazard';
import { LiveShelterCard } from '../features/operations/components/LiveShelterCard';
import { MapLegend } from './MapLegend';
import { BRIEFING_PRINT_MAP_MM } from './views/briefing/print-layout';
import {
  lifelineDots,
  lifelinePaths,
  type LifelineDot,
} from '../features/operations/layers/lifeline-layer';
import type { ServiceStatus } from '../domain/lifelines';
import type { OperationsFeeds } from '../features/operations/api/use-live-feeds';
import type { OperationsPicture } from '../features/operations/api/use-operations-picture';
import { usePlatformLayer } from '../features/platform/api/use-platform-layer';
import { PlatformLegend } from '../features/platform/components/PlatformLegend';

const round1 = (v: string | number) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v);

type Hovered = { x: number; y: number } & ({ facility: Facility } | { live: LiveShelter });

const isFacility = (o: unknown): o is Facility =>
  typeof o === 'object' && o !== null && 'designations' in o;
const isLive = (o: unknown): o is LiveShelter =>
  typeof o === 'object' && o !== null && 'overlay' in o;

/** The one map with its layers from the registry, the hover card and the live legend. */
const NO_DOTS: readonly LifelineDot[] = [];
const NO_STATUSES: ReadonlySet<ServiceStatus> = new Set();
const NO_LABELS: readonly PlacedLabel[] = [];

export function MapPanel({
  ops,
  tourism,
  overlay,
  snapshotRef,
}: {
  ops: Pick<OperationsFeeds, 'masters' | 'lifelines'> &
    Pick<OperationsPicture, 'hazard' | 'joined' | 'levels'>;
  /** Receives the map's snapshot function (print, PNG export). */
  snapshotRef?: RefObject<MapSnapshot | null>;
  tourism?: TourismLayerData | undefined;
  /** Drawn over the map (the tourism view's time bar and legend). */
  overlay?: ReactNode;
}) {
  const { config, store } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const preset = useUi((s) => s.preset);
  const hidden = useUi((s) => s.hidden);
  const selected = useUi((s) => s.selected);
  const layersOff = useUi((s) => s.layersOff);
  const screen = useUi((s) => s.screen);
  const area = useUi((s) => s.area);
  const kiosk = useUi((s) => s.kiosk);
  const briefing = screen === 'briefing';
  const frame = useMemo(() => frameFor(briefing, preset, area), [briefing, preset, area]);
  const platform = usePlatformLayer(screen === 'platform');
  const scale = useViewportScale();
  const [hover, setHover] = useState<Hovered | null>(null);
  const [camera, setCamera] = useState<CameraView | undefined>(undefined);
  const { view, boundaries } = ops.masters;

  const facilities = useMemo(
    () => visibleFacilities(view?.facilities ?? [], hidden),
    [view, hidden],
  );
  const live = useMemo(() => drawOrder(ops.joined?.live ?? []), [ops.joined]);
  // The ferry and air routes join the map once its first picture has settled, with the land
  // around it: the room waits for the shelters first.
  const [settled, setSettled] = useState(false);
  const onSettled = useCallback(() => setSettled(true), []);
  // The legend names the statuses drawn: read once per feed answer, not per dot and render.
  const drawnStatuses = useMemo(
    () => new Set(settled ? (ops.lifelines.data?.items ?? []).map((s) => s.status) : []),
    [settled, ops.lifelines.data],
  );
  const lifelines = useMemo(
    () => (settled ? lifelineDots(lifelinePaths(ops.lifelines.data?.items ?? [])) : NO_DOTS),
    [settled, ops.lifelines.data],
  );
  // The shelter desk's filters thin the markers on the operations view it is on; the wall has
  // no desk, so it always draws every shelter.
  const shelterFilters = useUi((s) => s.shelterFilters);
  const filtering = screen === 'operations' && !kiosk && shelterFilters.length > 0;
  const liveShown = useMemo(
    () => (filtering ? filterShelters(live, shelterFilters) : live),
    [filtering, live, shelterFilters],
  );
  const candidates = useMemo(() => municipalityLabels(lang), [lang]);
  const placed = usePlacedLabels(candidates, camera, scale);
  // The place names join the map after the markers' first frame (namesWaitForMarkers).
  const [markersDrawn, setMarkersDrawn] = useState(false);
  const markersHanded = useRef(false);
  useEffect(() => {
    markersHanded.current = facilities.length > 0;
  }, [facilities]);
  const onLayersDrawn = useCallback(() => {
    if (markersHanded.current) setMarkersDrawn(true);
  }, []);
  const namesWait = namesWaitForMarkers(
    screen,
    layersOff,
    view === undefined ? 'pending' : facilities.length,
    // Or once the first picture has settled: a frame that drew the markers is recognised only
    // when no layer was handed over anew just before it.
    markersDrawn || settled,
  );
  const labels = namesWait ? NO_LABELS : placed;
  const zoomFactor = markerZoomFactor(camera?.zoom ?? Number.NaN, scale);
  const designated = useMemo(
    () =>
      ops.hazard.active.length
        ? (f: Facility) => isDesignatedFor(facilityKeyOf(f), ops.hazard)
        : undefined,
    [ops.hazard],
  );
  const layers = useMemo(
    () =>
      buildLayers(
        {
          boundaries: boundaries.data,
          facilities,
          live,
          liveShown,
          levels: ops.levels,
          lifelines,
          designated,
          labels,
          zoomFactor,
          selectedKey: selected,
          scale,
          lang,
          tourism,
          platform,
          area: briefing ? area : null,
        },
        screen,
        layersOff,
      ),
    [
      boundaries.data,
      facilities,
      live,
      liveShown,
      ops.levels,
      lifelines,
      designated,
      labels,
      zoomFactor,
      selected,
      scale,
      lang,
      tourism,
      platform,
      briefing,
      area,
      screen,
      layersOff,
    ],
  );

  const onPick = useCallback(
    (event: 'hover' | 'click', info: Picked) => {
      const o: unknown = info.object;
      const target = isLive(o) ? { live: o } : isFacility(o) ? { facility: o } : null;
      if (event === 'hover') setHover(target ? { x: info.x, y: info.y, ...target } : null);
      else
        store
          .getState()
          .select(isLive(o) ? facilityKey(o.key) : isFacility(o) ? facilityKeyOf(o) : null);
    },
    [store],
  );

  return (
    <main
      className="map-area"
      // Test hooks: the camera where it settled, the facility markers handed to the map, and
      // the place names drawn with their screen boxes (no two may overlap).
      data-camera={camera ? JSON.stringify(camera) : undefined}
      data-facility-markers={facilities.length}
      data-labels={JSON.stringify(
        labels.map((l) => [l.text, l.box.x, l.box.y, l.box.width, l.box.height].map(round1)),
      )}
    >
      {boundaries.data ? (
        <MapView
          boundaries={boundaries.data}
          basemap={config.basemap}
          layers={layers}
          frame={frame}
          {...(snapshotRef && { snapshotRef })}
          label={t('map.label')}
          lostMessage={t('map.webglLost')}
          onPick={onPick}
          onView={setCamera}
          holdContext={view === undefined}
          onSettled={onSettled}
          onLayersDrawn={markersDrawn ? undefined : onLayersDrawn}
          {...(briefing && { printSizeMm: BRIEFING_PRINT_MAP_MM })}
        />
      ) : (
        <div className="map-loading">
          {boundaries.error ? String(boundaries.error) : t('app.loading')}
        </div>
      )}
      {screen !== 'tourism' && screen !== 'platform' ? (
        <MapLegend
          live={live.length > 0}
          statuses={layersOff.includes('lifelines') ? NO_STATUSES : drawnStatuses}
          t={t}
        />
      ) : null}
      {screen === 'platform' && platform ? <PlatformLegend data={platform} t={t} /> : null}
      {overlay}
      {briefing ? null : kiosk ? (
        <p className="kiosk-preset" data-testid="kiosk-preset">
          {t('kiosk.preset', { name: t(`preset.${preset}`) })}
        </p>
      ) : (
        <PresetBar value={preset} onChange={(p) => store.getState().setPreset(p)} t={t} />
      )}
      {hover ? (
        <div className="tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
          {'live' in hover ? (
            <LiveShelterCard shelter={hover.live} lang={lang} t={t} />
          ) : (
            <FacilityCard facility={hover.facility} lang={lang} t={t} />
          )}
        </div>
      ) : null}
    </main>
  );
}
