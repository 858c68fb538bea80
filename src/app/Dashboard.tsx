import { lazy, Suspense, useDeferredValue, useMemo, useRef, type ReactNode } from 'react';
import { isDrill } from '../config/schema';
import { useServices } from '../services/context';
import { useUi } from '../state/hooks';
import { useT } from '../i18n/react';
import { TopBar } from './TopBar';
import { Banners } from './Banners';
import { MapPanel } from './MapPanel';
import { OperationsSide } from './views/operations/OperationsSide';
import { BriefingSide } from './views/briefing/BriefingSide';
import { StatusBar } from './StatusBar';
import type { MapSnapshot } from '../map/MapView';
import { useOperations, type OperationsData } from '../features/operations/api/use-operations';
import { useTourism } from '../features/tourism/api/use-tourism';
import { useTourismAtCursor } from '../features/tourism/hooks/use-tourism-view';
import { usePlayback } from '../features/tourism/hooks/use-playback';
import { OpsHeadline } from './OpsHeadline';
import { headline } from '../features/operations/model/headline';

// The operations view is what the wall and the first load show; the tourism, platform and
// check panels arrive in their own chunks when first opened, so they never delay the first map.
// The briefing stays in the main chunk: loaded with its screen, its printed trend chart's hour
// labels overlapped on paper in every run of print.e2e (the mechanism is not yet understood).
const TourismSide = lazy(() =>
  import('./views/tourism/TourismSide').then((m) => ({ default: m.TourismSide })),
);
const PlatformSide = lazy(() =>
  import('./views/platform/PlatformSide').then((m) => ({ default: m.PlatformSide })),
);
const CheckSide = lazy(() =>
  import('./views/platform/CheckSide').then((m) => ({ default: m.CheckSide })),
);
const TimeBar = lazy(() =>
  import('../features/tourism/components/TimeBar').then((m) => ({ default: m.TimeBar })),
);
const TourismLegend = lazy(() =>
  import('../features/tourism/components/TourismLegend').then((m) => ({
    default: m.TourismLegend,
  })),
);

/** A screen's panel while its code arrives. */
function LazyScreen({ loading, children }: { loading: string; children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <aside className="side" aria-busy="true">
          <p className="muted">{loading}</p>
        </aside>
      }
    >
      {children}
    </Suspense>
  );
}

/**
 * The operations panel one render behind the map, at low priority: when the masters (or a
 * poll) arrive, the map's layers are handed over first and the panel's tables follow in a
 * render that yields to the map's frames (rendered with the map, the panel's first render
 * with the masters held the shelters' first frame back by 0.1–0.2 s). Only this component
 * renders again for the panel, not the dashboard around it.
 */
function DeferredOperationsSide({ ops }: { ops: OperationsData }) {
  return <OperationsSide ops={useDeferredValue(ops)} />;
}

/**
 * One map, two views around it: disaster operations (the shelter masters on a quiet day, the
 * live picture during an event) and tourism (presence and flows under one time cursor).
 * Operations keep polling while tourism is shown, so alerts are never missed.
 */
export function Dashboard() {
  const { config, store } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const kiosk = useUi((s) => s.kiosk);
  const screen = useUi((s) => s.screen);
  const playing = useUi((s) => s.playing);
  const speed = useUi((s) => s.tourism.speed);
  const vs = useUi((s) => s.tourism.vs);
  const ops = useOperations();
  const snapshotRef = useRef<MapSnapshot | null>(null);
  const infoAt = ops.info.dataUpdatedAt;
  const overlaysAt = ops.overlays.dataUpdatedAt;
  const situation = useMemo(
    () =>
      headline({
        levels: ops.levels,
        totals: ops.totals,
        levelsKnown: ops.info.data !== undefined,
        asOf: Math.min(infoAt, overlaysAt),
      }),
    [ops.levels, ops.totals, ops.info.data, infoAt, overlaysAt],
  );
  const tourismOn = screen === 'tourism';
  const tourism = useTourism(tourismOn);
  const at = useTourismAtCursor(tourism);
  usePlayback(tourismOn, tourism.cursor, tourism.range);
  const layers = useMemo(
    () => (tourismOn ? { presence: at.presence, arcs: at.arcs, arcMax: at.arcMax } : undefined),
    [tourismOn, at.presence, at.arcs, at.arcMax],
  );
  const overlay = tourismOn ? (
    <Suspense fallback={null}>
      <TimeBar
        period={tourism.period}
        range={tourism.range}
        cursor={tourism.cursor}
        compared={tourism.compare?.period ?? null}
        playing={playing}
        speed={speed}
        vs={vs}
        onChange={(patch) => store.getState().setTourism(patch)}
        onPlaying={(p) => store.getState().setPlaying(p)}
        lang={lang}
        t={t}
      />
      <TourismLegend at={at} lang={lang} t={t} />
    </Suspense>
  ) : null;
  return (
    <div className="app" data-kiosk={kiosk ? '1' : undefined} data-screen={screen} lang={lang}>
      <a
        className="skip-link"
        href="#side"
        onClick={(e) => {
          // The side panel differs per view; focus whichever is shown.
          e.preventDefault();
          const side = document.querySelector<HTMLElement>('.body > .side');
          side?.setAttribute('tabindex', '-1');
          side?.focus();
        }}
      >
        {t('app.skipToPanels')}
      </a>
      <TopBar event={ops.activeEvents[0]} drill={isDrill(config)} />
      {screen === 'operations' ? (
        <OpsHeadline
          data={situation}
          lifelines={ops.lifelines}
          ready={ops.masters.shelters.data !== undefined}
          lang={lang}
          t={t}
        />
      ) : null}
      <Banners ops={ops} />
      <div className="body">
        <MapPanel ops={ops} tourism={layers} overlay={overlay} snapshotRef={snapshotRef} />
        {screen === 'operations' ? (
          <DeferredOperationsSide ops={ops} />
        ) : (
          <LazyScreen loading={t('app.loading')}>
            {tourismOn ? (
              <TourismSide data={tourism} at={at} ops={ops} />
            ) : screen === 'briefing' ? (
              <BriefingSide ops={ops} snapshotRef={snapshotRef} />
            ) : screen === 'platform' ? (
              <PlatformSide />
            ) : (
              <CheckSide />
            )}
          </LazyScreen>
        )}
      </div>
      <StatusBar ops={ops} />
    </div>
  );
}
