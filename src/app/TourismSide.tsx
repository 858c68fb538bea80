import { Suspense, useCallback } from 'react';
import { useServices, useT, useUi } from './context';
import { useNow } from './use-now';
import { LayerToggles } from './LayerToggles';
import { Panel } from '../ui/Panel';
import type { TourismData } from '../features/tourism/api/use-tourism';
import type { TourismAtCursor } from '../features/tourism/hooks/use-tourism-view';
import { useTourismPanels } from '../features/tourism/hooks/use-tourism-panels';
import { FilterBar } from '../features/tourism/components/FilterBar';
import { TourismSummary } from '../features/tourism/components/TourismSummary';
import { PresencePanel } from '../features/tourism/components/PresencePanel';
import { RankingTable } from '../features/tourism/components/RankingTable';
import { IslandSharePanel } from '../features/tourism/components/IslandSharePanel';
import { DataNotes } from '../features/tourism/components/DataNotes';
import { OriginChart, StayChart } from '../features/tourism/components/lazy-charts';

/** The tourism view's side panels: filters, numbers at the cursor, charts over the period. */
export function TourismSide({ data, at }: { data: TourismData; at: TourismAtCursor }) {
  const { config, store } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const codes = useUi((s) => s.tourism.codes);
  const now = useNow(30_000);
  const set = store.getState().setTourism;
  const onCursor = useCallback((cursor: number) => set({ cursor }), [set]);
  const panels = useTourismPanels(data, at.filter, codes, t('chart.presence.prefecture'), lang);
  const fileStem = `nagasaki-tourism-${data.period.from}_${data.period.to}`;
  const loading = <p className="muted">{t('app.loading')}</p>;
  return (
    <aside className="side tourism-side" data-testid="side">
      {config.mode === 'mock' || data.main.synthetic || data.other?.synthetic ? (
        <p className="notice" data-testid="synthetic-note">
          {t('tr.synthetic')}
        </p>
      ) : null}
      <FilterBar
        filter={at.filter}
        origins={panels.originKeys}
        onChange={(filter) => set({ filter })}
        lang={lang}
        t={t}
      />
      <TourismSummary at={at} cursor={data.cursor} lang={lang} t={t} />
      <DataNotes
        state={data.main}
        quality={panels.quality}
        period={data.period}
        now={now}
        lang={lang}
        t={t}
      />
      <PresencePanel
        charts={panels.charts}
        codes={codes}
        onCodes={(c) => set({ codes: c })}
        cursor={data.cursor}
        onCursor={onCursor}
        period={data.period}
        compared={data.compare?.period ?? null}
        lang={lang}
        t={t}
      />
      <RankingTable
        rows={panels.ranking}
        comparing={data.compare !== null}
        onPick={(code) => set({ codes: codes.includes(code) ? codes : [...codes, code].slice(-4) })}
        fileStem={fileStem}
        lang={lang}
        t={t}
      />
      <Panel title={t('stay.title')} id="tourism-stay">
        <Suspense fallback={loading}>
          <StayChart days={panels.stay} lang={lang} t={t} />
        </Suspense>
      </Panel>
      <Panel title={t('origin.title')} id="tourism-origins">
        <Suspense fallback={loading}>
          <OriginChart shares={panels.origins} lang={lang} t={t} />
        </Suspense>
      </Panel>
      <IslandSharePanel share={panels.islands} lang={lang} t={t} />
      <LayerToggles t={t} />
    </aside>
  );
}
