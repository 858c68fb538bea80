import { useCallback, useDeferredValue, useMemo } from 'react';
import { useServices } from '../../../services/context';
import { useUi } from '../../../state/hooks';
import { useT } from '../../../i18n/react';
import { useNow } from '../../../ui/hooks/use-now';
import { LayerToggles } from '../../LayerToggles';
import type { OperationsData } from '../../../features/operations/api/use-operations';
import { TourismIslands } from './TourismIslands';
import type { TourismData } from '../../../features/tourism/api/use-tourism';
import type { TourismAtCursor } from '../../../features/tourism/hooks/use-tourism-view';
import { compareOriginKeys } from '../../../domain/origin-key';
import { FilterBar } from '../../../features/tourism/components/FilterBar';
import { TourismSummary } from '../../../features/tourism/components/TourismSummary';
import { PresenceHerePanel } from '../../../features/tourism/components/PresenceHerePanel';
import { FlowTablePanel } from '../../../features/tourism/components/FlowTablePanel';
import {
  IslandBlock,
  NotesBlock,
  OriginBlock,
  PresenceBlock,
  RankingBlock,
  StayBlock,
  type PanelInput,
} from '../../../features/tourism/components/blocks';

/** The tourism view's side panels: filters, numbers at the cursor, figures over the period. */
export function TourismSide({
  data,
  at,
  ops,
}: {
  data: TourismData;
  at: TourismAtCursor;
  /** The islands' services and shelter totals, for the visitors who cannot leave. */
  ops: Pick<OperationsData, 'lifelines' | 'totals'>;
}) {
  const { config, store } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const codes = useUi((s) => s.tourism.codes);
  const now = useNow(30_000);
  const set = store.getState().setTourism;
  const onCursor = useCallback((cursor: number) => set({ cursor }), [set]);
  const onCodes = useCallback((c: string[]) => set({ codes: c }), [set]);
  const onPick = useCallback(
    (code: string) => set({ codes: codes.includes(code) ? codes : [...codes, code].slice(-4) }),
    [set, codes],
  );
  // Period-wide figures follow the data and filters at low priority (see blocks.tsx).
  const main = useDeferredValue(data.main);
  const other = useDeferredValue(data.other);
  const filter = useDeferredValue(at.filter);
  const chartCodes = useDeferredValue(codes);
  // Deferred together with the data, so a panel never pairs one period's days with another's dates.
  const period = useDeferredValue(data.period);
  const range = useDeferredValue(data.range);
  const compare = useDeferredValue(data.compare);
  const input: PanelInput = useMemo(
    () => ({ main, other, period, range, compare, filter }),
    [main, other, period, range, compare, filter],
  );
  const origins = useMemo(() => {
    const keys = new Set<string>();
    for (const day of data.main.presence.values()) for (const o of day.origins) keys.add(o);
    return [...keys].sort(compareOriginKeys);
  }, [data.main.presence]);
  const common = { input, lang, t };
  return (
    <aside className="side tourism-side" data-testid="side">
      {config.mode === 'mock' || data.main.synthetic || data.other?.synthetic ? (
        <p className="notice" data-testid="synthetic-note">
          {t('tr.synthetic')}
        </p>
      ) : null}
      <FilterBar
        filter={at.filter}
        origins={origins}
        onChange={(f) => set({ filter: f })}
        lang={lang}
        t={t}
      />
      <TourismSummary at={at} cursor={data.cursor} lang={lang} t={t} />
      <PresenceHerePanel at={at} cursor={data.cursor} lang={lang} t={t} />
      <FlowTablePanel at={at} lang={lang} t={t} />
      <NotesBlock {...common} now={now} />
      <PresenceBlock
        {...common}
        codes={chartCodes}
        onCodes={onCodes}
        cursor={data.cursor}
        onCursor={onCursor}
      />
      <RankingBlock {...common} onPick={onPick} />
      <StayBlock {...common} />
      <OriginBlock {...common} codes={chartCodes} />
      <IslandBlock {...common} />
      <TourismIslands cursor={data.cursor} ops={ops} />
      <LayerToggles t={t} />
    </aside>
  );
}
