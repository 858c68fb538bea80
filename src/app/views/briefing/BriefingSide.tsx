import { lazy, Suspense, useDeferredValue, useMemo, type RefObject } from 'react';
import { formatJst } from '../../../i18n';
import { useServices } from '../../../services/context';
import { useUi } from '../../../state/hooks';
import { useT } from '../../../i18n/react';
import { useNow } from '../../../ui/hooks/use-now';
import type { MapSnapshot } from '../../../map/MapView';
import { formatUrlState } from '../../../state/url';
import { urlStateOf } from '../../../state/store';
import type { MunicipalityCode } from '../../../domain/types';
import { municipalityName } from '../../../i18n/municipality-name';
import type { OperationsData } from '../../../features/operations/api/use-operations';
import { useTourismDays } from '../../../features/tourism/api/use-tourism';
import { daysSettled } from '../../../features/tourism/api/combine';
import { opsBriefing } from './model/ops-briefing';
import { tourismBriefing } from './model/tourism-briefing';
import { asOfText } from './as-of';
import { AreaPicker } from './AreaPicker';
import { BriefingActions } from './BriefingActions';
import { OpsBlock } from './OpsBlock';
import { LevelsBlock } from './LevelsBlock';
import { TrendBlock } from './TrendBlock';
import { SpareBlock } from './SpareBlock';
import { TourismBlock } from './TourismBlock';
import { MunicipalitiesBlock } from './MunicipalitiesBlock';
import { IslandsBlock } from './IslandsBlock';
import { whollyIslandGroupOf } from '../../../domain/island-groups';
import { LinkBlock } from './LinkBlock';
import './briefing.css';

// The platform's blocks (its counts and the open-data catalogue, with their clients) load
// with a municipality's briefing, not before the first map.
const MunicipalityKpiBlock = lazy(() =>
  import('../../../features/platform/components/MunicipalityKpiBlock').then((m) => ({
    default: m.MunicipalityKpiBlock,
  })),
);
const MunicipalityOpenData = lazy(() =>
  import('../../../features/platform/components/MunicipalityOpenData').then((m) => ({
    default: m.MunicipalityOpenData,
  })),
);

const permalink = (search: string) =>
  `${window.location.origin}${window.location.pathname}${search}`;

/**
 * A briefing about one municipality (or the prefecture) beside its map: what a mayor needs on
 * one page, each block with its own as-of time, printable on A4 landscape with a QR code back
 * to this same view.
 */
export function BriefingSide({
  ops,
  snapshotRef,
}: {
  ops: OperationsData;
  snapshotRef: RefObject<MapSnapshot | null>;
}) {
  const { store } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const area = useUi((s) => s.area);
  const search = useUi((s) => formatUrlState(urlStateOf(s)));
  const now = useNow(30_000);
  const event = ops.activeEvents[0];
  const b = useMemo(
    () =>
      opsBriefing({
        area,
        now,
        totals: ops.totals,
        live: ops.joined?.live ?? [],
        info: ops.info.data?.items ?? [],
        series: ops.trends.series,
        event,
      }),
    [area, now, ops.totals, ops.joined, ops.info.data, ops.trends.series, event],
  );
  // The last week up to yesterday, against the same weekdays 52 weeks earlier.
  const tourism = useTourismDays({ range: null, vs: 'weeks52', cursor: null, enabled: true });
  const main = useDeferredValue(tourism.main);
  const other = useDeferredValue(tourism.other);
  // A week's figures only once every day is in (or failed): a partial week would mislead.
  const complete = daysSettled(main) && (other === null || daysSettled(other)) && main.loaded > 0;
  const tb = useMemo(
    () =>
      !complete
        ? null
        : tourismBriefing(
            area,
            { presence: main.presence, flows: main.flows, range: tourism.range },
            other && tourism.compare
              ? { presence: other.presence, flows: other.flows, range: tourism.compare.range }
              : null,
          ),
    [complete, area, main, other, tourism.range, tourism.compare],
  );
  const name = area === null ? null : municipalityName(area, lang);
  const title = name === null ? t('brief.title.pref') : t('brief.title.area', { area: name });
  const opsAsOf = asOfText(ops.overlays.dataUpdatedAt, lang, t);
  const infoAsOf = asOfText(ops.info.dataUpdatedAt, lang, t);
  const trendAsOf = asOfText(
    ops.trends.from === 'temporal' ? ops.trendsSource.dataUpdatedAt : ops.overlays.dataUpdatedAt,
    lang,
    t,
  );
  const tourismAsOf = asOfText(main.updatedAt, lang, t);
  const setArea = (code: MunicipalityCode | null) => store.getState().setArea(code);
  const linkTo = (code: MunicipalityCode) =>
    formatUrlState({ ...urlStateOf(store.getState()), area: code });
  return (
    <aside className="side briefing-side" data-testid="side" aria-labelledby="brief-title">
      <header className="brief-head">
        <h2 id="brief-title" data-testid="brief-title">
          {title}
        </h2>
        <p className="print-only muted">{t('brief.printedAt', { time: formatJst(lang, now) })}</p>
        <AreaPicker area={area} onChange={setArea} lang={lang} t={t} />
        <BriefingActions
          snapshotRef={snapshotRef}
          title={title}
          asOf={opsAsOf}
          credit={`${t('credits.gsi')} ${t('credits.n03')}`}
          fileWhat={area ?? 'prefecture'}
          t={t}
        />
      </header>
      <div className="brief-grid">
        <OpsBlock b={b} loaded={ops.overlays.dataUpdatedAt > 0} asOf={opsAsOf} lang={lang} t={t} />
        <LevelsBlock
          levels={b.levels}
          showMunicipality={area === null}
          asOf={infoAsOf}
          lang={lang}
          t={t}
        />
        <TrendBlock b={b} event={event} asOf={trendAsOf} lang={lang} t={t} />
        <SpareBlock
          spare={b.spare}
          showMunicipality={area === null}
          asOf={opsAsOf}
          lang={lang}
          t={t}
        />
        <TourismBlock
          area={area}
          b={tb}
          // The same (deferred) days the figures were computed from, both weeks: with the latest
          // days instead, or this week's alone, the block could read "loaded" while its figures
          // still wait, and say "no tourism data" for a moment.
          days={main}
          comparedDays={other}
          period={tourism.period}
          compared={tourism.compare?.period ?? null}
          asOf={tourismAsOf}
          lang={lang}
          t={t}
        />
        {area !== null && whollyIslandGroupOf(area) ? (
          <IslandsBlock group={whollyIslandGroupOf(area)!} ops={ops} now={now} lang={lang} t={t} />
        ) : null}
        {area !== null ? (
          // What this municipality publishes on the linkage platform (the prefecture's KPI).
          <div className="brief-block" data-block="platform">
            <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
              <MunicipalityKpiBlock code={area} />
            </Suspense>
          </div>
        ) : null}
        {area !== null ? (
          // Its open data beside similar municipalities and the prefecture (the four KPIs).
          <div className="brief-block" data-block="opendata">
            <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
              <MunicipalityOpenData code={area} />
            </Suspense>
          </div>
        ) : null}
        {area === null ? (
          <MunicipalitiesBlock
            totals={ops.totals}
            levels={ops.levels}
            linkTo={linkTo}
            onOpen={setArea}
            asOf={opsAsOf}
            lang={lang}
            t={t}
          />
        ) : null}
      </div>
      <LinkBlock url={permalink(search)} t={t} />
    </aside>
  );
}
