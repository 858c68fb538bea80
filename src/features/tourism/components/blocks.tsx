/**
 * The side panels, each computing its own figures over the whole period. One component per
 * aggregate on purpose: fed deferred data, React renders them in a transition and can yield
 * to the browser between them, so re-aggregating 90 days never becomes one long task.
 */
import { useMemo } from 'react';
import type { TFunction } from '../../../i18n';
import type { Lang } from '../../../i18n';
import { daysBetween } from '../../../domain/jst';
import { Panel } from '../../../ui/Panel';
import { municipalityName } from '../../../i18n/municipality-name';
import { daysSettled, type DaysState } from '../api/combine';
import { presenceSeries } from '../model/presence';
import { stayBreakdown } from '../model/flows';
import { originBreakdown } from '../model/origins';
import { islandShare } from '../model/islands';
import { rankMunicipalities } from '../model/ranking';
import { dataQuality } from '../model/quality';
import type { Period } from '../model/period';
import type { TimeRange, TourismFilter } from '../../../domain/tourism-days';
import type { PresenceChartInput } from './charts/PresenceCharts';
import { StayPanel } from './StayPanel';
import { OriginPanel } from './OriginPanel';
import { tourismExportMeta } from './export-meta';
import { RankingTable } from './RankingTable';
import { IslandSharePanel } from './IslandSharePanel';
import { DataNotes } from './DataNotes';
import { PresencePanel } from './PresencePanel';

/** What every panel reads: the loaded days, the period, the comparison and the filter. */
export interface PanelInput {
  main: DaysState;
  other: DaysState | null;
  period: Period;
  range: TimeRange;
  compare: { period: Period; range: TimeRange; offsetMs: number } | null;
  filter: TourismFilter;
}

interface Common {
  input: PanelInput;
  lang: Lang;
  t: TFunction;
}

const stillLoading = (d: DaysState | null) => d !== null && !daysSettled(d);

/**
 * Charts wait until every day of both periods is in: Recharts measures its axis labels in the
 * DOM on each redraw, hundreds of milliseconds on a slow display for figures that are about
 * to change again anyway. Tables and numbers still fill in as days arrive.
 */
function ChartsLoading({
  input,
  title,
  id,
  t,
}: {
  input: PanelInput;
  title: string;
  id: string;
  t: TFunction;
}) {
  const { main, other } = input;
  const done = main.loaded + (other?.loaded ?? 0);
  const total = main.total + (other?.total ?? 0);
  return (
    <Panel title={title} id={id}>
      <p className="muted">{t('notes.loading', { done, total })}</p>
    </Panel>
  );
}

export function RankingBlock({
  input,
  onPick,
  lang,
  t,
}: Common & { onPick: (code: string) => void }) {
  const { main, other, range, compare, filter, period } = input;
  const rows = useMemo(
    () =>
      rankMunicipalities(
        main.presence,
        main.flows,
        range,
        filter,
        other && compare
          ? { presence: other.presence, flows: other.flows, range: compare.range }
          : undefined,
      ),
    [main, other, range, compare, filter],
  );
  return (
    <RankingTable
      rows={rows}
      comparing={compare !== null}
      onPick={onPick}
      fileStem={`tourism-ranking-${period.from}_${period.to}`}
      lang={lang}
      t={t}
    />
  );
}

export function PresenceBlock({
  input,
  codes,
  onCodes,
  cursor,
  onCursor,
  lang,
  t,
}: Common & {
  codes: readonly string[];
  onCodes: (codes: string[]) => void;
  cursor: number;
  onCursor: (ms: number) => void;
}) {
  const { main, other, range, compare, filter, period } = input;
  const prefectureLabel = t('chart.presence.prefecture');
  const charts = useMemo((): PresenceChartInput[] => {
    if (stillLoading(main) || stillLoading(other)) return [];
    const keys = codes.length ? [...codes] : ['prefecture'];
    return keys.map((key) => {
      const pick = key === 'prefecture' ? 'prefecture' : [key];
      return {
        key,
        label: key === 'prefecture' ? prefectureLabel : municipalityName(key, lang),
        shown: presenceSeries(main.presence, range, pick, filter),
        compared:
          other && compare
            ? {
                series: presenceSeries(other.presence, compare.range, pick, filter),
                offsetMs: compare.offsetMs,
              }
            : undefined,
      };
    });
  }, [codes, prefectureLabel, lang, main, range, filter, other, compare]);
  if (stillLoading(main) || stillLoading(other))
    return (
      <ChartsLoading input={input} title={t('chart.presence.title')} id="tourism-presence" t={t} />
    );
  return (
    <PresencePanel
      charts={charts}
      codes={codes}
      onCodes={onCodes}
      cursor={cursor}
      onCursor={onCursor}
      period={period}
      compared={compare?.period ?? null}
      meta={tourismExportMeta(period, main, other, lang, t)}
      lang={lang}
      t={t}
    />
  );
}

export function StayBlock({ input, lang, t }: Common) {
  const { main, other, range, filter, period } = input;
  const days = useMemo(() => stayBreakdown(main.flows, range, filter), [main, range, filter]);
  if (stillLoading(main))
    return <ChartsLoading input={input} title={t('stay.title')} id="tourism-stay" t={t} />;
  return (
    <StayPanel
      days={days}
      meta={tourismExportMeta(period, main, other, lang, t)}
      lang={lang}
      t={t}
    />
  );
}

export function OriginBlock({ input, codes, lang, t }: Common & { codes: readonly string[] }) {
  const { main, other, range, filter, period } = input;
  const shares = useMemo(
    () => originBreakdown(main.presence, range, filter, codes.length ? codes : 'prefecture'),
    [main, range, filter, codes],
  );
  if (stillLoading(main))
    return <ChartsLoading input={input} title={t('origin.title')} id="tourism-origins" t={t} />;
  return (
    <OriginPanel
      shares={shares}
      meta={tourismExportMeta(period, main, other, lang, t)}
      lang={lang}
      t={t}
    />
  );
}

export function IslandBlock({ input, lang, t }: Common) {
  const { main, other, range, filter, period } = input;
  const share = useMemo(() => islandShare(main.presence, range, filter), [main, range, filter]);
  return (
    <IslandSharePanel
      share={share}
      meta={tourismExportMeta(period, main, other, lang, t)}
      lang={lang}
      t={t}
    />
  );
}

export function NotesBlock({ input, now, lang, t }: Common & { now: number }) {
  const { main, period } = input;
  const quality = useMemo(
    () => dataQuality(daysBetween(period.from, period.to), main.presence, main.flows),
    [period, main],
  );
  return <DataNotes state={main} quality={quality} period={period} now={now} lang={lang} t={t} />;
}
