import { lazy, memo, Suspense } from 'react';
import { useServices } from '../../../services/context';
import { useUi } from '../../../state/hooks';
import { useT } from '../../../i18n/react';
import { facilityKey, inFacility } from '../../../domain/facility-key';
import { useKioskCycle } from '../../use-kiosk-cycle';
import { useOperationsLog } from '../../../features/operations/api/log-context';
import type { OperationsData } from '../../../features/operations/api/use-operations';
import { TotalsPanel } from '../../../features/operations/components/TotalsPanel';
import { IslandTable } from '../../../features/operations/components/IslandTable';
import { MunicipalityTable } from '../../../features/operations/components/MunicipalityTable';
import { AlertsList } from '../../../features/operations/components/AlertsList';
import { HazardFilter } from '../../../features/operations/components/HazardFilter';
import { CountsPanel } from '../../../features/operations/components/CountsPanel';
import { Legend } from '../../../features/operations/components/Legend';
import { FacilityCard } from '../../../features/operations/components/FacilityCard';
import { SuspectList } from '../../../features/operations/components/SuspectList';
import { DesignationTable } from '../../../features/operations/components/DesignationTable';
import { LiveShelterCard } from '../../../features/operations/components/LiveShelterCard';
import { ShelterDeskPanel } from '../../../features/operations/components/ShelterDeskPanel';
import { Panel } from '../../../ui/Panel';
import { LayerToggles } from '../../LayerToggles';
import { FeedsPanel } from '../../FeedsPanel';
import { OpsIslands } from './OpsIslands';

// Recharts is the largest dependency after the map; it is only needed once an event has live
// data, so it arrives in its own chunk.
const TrendsChart = lazy(() =>
  import('../../../features/operations/components/TrendsChart').then((m) => ({
    default: m.TrendsChart,
  })),
);

/**
 * Memoised: when data arrives, the urgent render hands it the previous (deferred) data
 * unchanged and skips it; it renders in the deferred pass (DeferredOperationsSide).
 */
export const OperationsSide = memo(function OperationsSide({ ops }: { ops: OperationsData }) {
  const { config, store } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const kiosk = useUi((s) => s.kiosk);
  const hidden = useUi((s) => s.hidden);
  const selected = useUi((s) => s.selected);
  const compare = useUi((s) => s.compare);
  const hazards = useUi((s) => s.hazards);
  const shelterFilters = useUi((s) => s.shelterFilters);
  const alerts = useOperationsLog((s) => s.alerts);
  const view = ops.masters.view;
  useKioskCycle(kiosk, config.kiosk.cycleSeconds, config.kiosk.presets, store.getState().setPreset);
  const municipalities = ops.totals ? (
    <MunicipalityTable
      key="m"
      totals={ops.totals}
      levels={ops.levels}
      interactive={!kiosk}
      lang={lang}
      t={t}
    />
  ) : null;
  // No picker on the wall: nobody is there to use it.
  const onCompare = kiosk ? undefined : store.getState().setCompare;
  const trends = (
    <Suspense key="t" fallback={<p className="muted">{t('app.loading')}</p>}>
      <TrendsChart
        series={ops.trends.series}
        from={ops.trends.from}
        compare={compare}
        {...(onCompare && { onCompare })}
        lang={lang}
        t={t}
      />
    </Suspense>
  );
  const alertList = <AlertsList key="a" alerts={alerts} lang={lang} t={t} />;
  const selectedFacility =
    selected === null
      ? undefined
      : view?.facilities.find((f) => inFacility(f.placed.nationalShelterId, selected));
  const selectedLive = ops.joined?.live.find((s) => facilityKey(s.key) === selected);
  const live = ops.totals !== undefined && (ops.joined?.live.length ?? 0) > 0;
  const counts = view ? (
    <CountsPanel
      counts={view.counts}
      suspect={view.suspects.length}
      drawn={view.facilities.length}
      lang={lang}
      t={t}
    />
  ) : null;

  if (kiosk) {
    // The wall: two columns, everything on screen at once, nothing rotates out of sight.
    return (
      <aside className="side kiosk-side" data-testid="side">
        <div className="kiosk-col">
          {live && ops.totals ? (
            <TotalsPanel
              totals={ops.totals.prefecture}
              joined={ops.joined}
              interactive={false}
              lang={lang}
              t={t}
            />
          ) : null}
          {live && ops.totals ? <IslandTable totals={ops.totals} lang={lang} t={t} /> : null}
          {live ? null : counts}
          {live ? <div className="kiosk-grow">{trends}</div> : alertList}
        </div>
        <div className="kiosk-col">
          {municipalities}
          <OpsIslands ops={ops} desk={false} />
          {live ? <div className="kiosk-grow">{alertList}</div> : null}
        </div>
      </aside>
    );
  }
  return (
    <aside className="side" data-testid="side">
      {live && ops.totals ? (
        <TotalsPanel totals={ops.totals.prefecture} joined={ops.joined} lang={lang} t={t} />
      ) : null}
      {live && ops.totals ? <IslandTable totals={ops.totals} lang={lang} t={t} /> : null}
      {live ? <OpsIslands ops={ops} desk /> : null}
      {selectedFacility || selectedLive ? (
        <Panel
          title={selectedFacility?.name ?? selectedLive?.master?.name ?? ''}
          id="selected"
          actions={
            <button type="button" className="link" onClick={() => store.getState().select(null)}>
              {t('tooltip.close')}
            </button>
          }
        >
          {selectedLive ? (
            <LiveShelterCard shelter={selectedLive} lang={lang} t={t} detail />
          ) : null}
          {selectedFacility ? <FacilityCard facility={selectedFacility} lang={lang} t={t} /> : null}
        </Panel>
      ) : null}
      {live && ops.joined ? (
        <ShelterDeskPanel
          live={ops.joined.live}
          filters={shelterFilters}
          onFilters={(f) => store.getState().setShelterFilters(f)}
          staleReportHours={config.operations.staleReportHours}
          onSelect={(key) => store.getState().select(facilityKey(key))}
          lang={lang}
          t={t}
        />
      ) : null}
      {live ? (
        <>
          {municipalities}
          {trends}
          {alertList}
        </>
      ) : null}
      <HazardFilter
        chosen={hazards}
        active={ops.hazard.active}
        onChange={(h) => store.getState().setHazards(h)}
        t={t}
      />
      {counts ?? <p>{t('app.loading')}</p>}
      {live ? null : <OpsIslands ops={ops} desk />}
      {!live && view ? <DesignationTable rows={view.rows} lang={lang} t={t} /> : null}
      <Legend hidden={hidden} onToggle={(r) => store.getState().toggleRole(r)} t={t} />
      <LayerToggles t={t} />
      <FeedsPanel ops={ops} />
      {view ? <SuspectList suspects={view.suspects} lang={lang} t={t} /> : null}
    </aside>
  );
});
