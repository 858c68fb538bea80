import { useCallback, useMemo, useState } from 'react';
import type { PickingInfo } from '@deck.gl/core';
import { useServices, useT, useUi } from './context';
import { describeError } from './describe-error';
import { useNow } from './use-now';
import { useViewportScale } from './use-viewport-scale';
import { Credits } from './Credits';
import { TopBar } from './TopBar';
import { MapView } from '../map/MapView';
import { labelLayer, municipalityLabels } from '../map/label-layer';
import { useShelterData } from '../features/shelters/api/use-shelter-data';
import { facilityLayer, visibleFacilities } from '../features/shelters/layers/facility-layer';
import type { Facility } from '../features/shelters/model/facilities';
import { CountsPanel } from '../features/shelters/components/CountsPanel';
import { Legend } from '../features/shelters/components/Legend';
import { FacilityCard } from '../features/shelters/components/FacilityCard';
import { SuspectList } from '../features/shelters/components/SuspectList';
import { FeedStatus } from '../ui/FeedStatus';
import { Panel } from '../ui/Panel';

interface Hover {
  x: number;
  y: number;
  facility: Facility;
}

const isFacility = (o: unknown): o is Facility =>
  typeof o === 'object' && o !== null && 'designations' in o;

export function Dashboard() {
  const { config, store } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const kiosk = useUi((s) => s.kiosk);
  const preset = useUi((s) => s.preset);
  const hidden = useUi((s) => s.hidden);
  const selected = useUi((s) => s.selected);
  const now = useNow();
  const scale = useViewportScale();
  const { boundaries, sites, shelters, view } = useShelterData();
  const [hover, setHover] = useState<Hover | null>(null);

  const shown = useMemo(() => visibleFacilities(view?.facilities ?? [], hidden), [view, hidden]);
  const labels = useMemo(() => municipalityLabels(lang), [lang]);
  const layers = useMemo(
    () => [
      facilityLayer({ facilities: shown, selectedKey: selected, scale }),
      labelLayer(labels, scale),
    ],
    [shown, selected, scale, labels],
  );
  const selectedFacility = useMemo(
    () => view?.facilities.find((f) => f.key === selected),
    [view, selected],
  );

  const onPick = useCallback(
    (event: 'hover' | 'click', info: PickingInfo) => {
      const facility = isFacility(info.object) ? info.object : null;
      if (event === 'hover') setHover(facility ? { x: info.x, y: info.y, facility } : null);
      else store.getState().select(facility?.key ?? null);
    },
    [store],
  );

  return (
    <div className="app" data-kiosk={kiosk ? '1' : undefined} lang={lang}>
      <TopBar />
      <div className="body">
        <main className="map-area">
          {boundaries.data ? (
            <MapView
              boundaries={boundaries.data}
              basemap={config.basemap}
              layers={layers}
              preset={preset}
              label={t('map.label')}
              lostMessage={t('map.webglLost')}
              onPick={onPick}
            />
          ) : (
            <div className="map-loading">
              {boundaries.error ? String(boundaries.error) : t('app.loading')}
            </div>
          )}
          {hover ? (
            <div
              className="tooltip"
              role="tooltip"
              style={{ left: hover.x + 14, top: hover.y + 14 }}
            >
              <FacilityCard facility={hover.facility} lang={lang} t={t} />
            </div>
          ) : null}
        </main>
        <aside className="side">
          {view ? (
            <CountsPanel counts={view.counts} suspect={view.suspects.length} lang={lang} t={t} />
          ) : (
            <p>{t('app.loading')}</p>
          )}
          <Legend hidden={hidden} onToggle={(r) => store.getState().toggleRole(r)} t={t} />
          {selectedFacility ? (
            <Panel
              title={selectedFacility.name}
              id="selected"
              actions={
                <button
                  type="button"
                  className="link"
                  onClick={() => store.getState().select(null)}
                >
                  {t('tooltip.close')}
                </button>
              }
            >
              <FacilityCard facility={selectedFacility} lang={lang} t={t} />
            </Panel>
          ) : null}
          <Panel title={t('feed.title')} id="feeds">
            <FeedStatus
              name={t('feed.sites')}
              lang={lang}
              t={t}
              now={now}
              updatedAt={sites.dataUpdatedAt}
              report={sites.data?.report}
              error={sites.error ? describeError(sites.error, t) : undefined}
            />
            <FeedStatus
              name={t('feed.shelters')}
              lang={lang}
              t={t}
              now={now}
              updatedAt={shelters.dataUpdatedAt}
              report={shelters.data?.report}
              error={shelters.error ? describeError(shelters.error, t) : undefined}
            />
          </Panel>
          {view ? <SuspectList suspects={view.suspects} lang={lang} t={t} /> : null}
        </aside>
      </div>
      <Credits t={t} />
    </div>
  );
}
