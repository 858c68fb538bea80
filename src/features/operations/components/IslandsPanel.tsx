import { formatAge, formatJstMinute, formatNumber, type Lang, type TFunction } from '../../../i18n';
import { Panel } from '../../../ui/Panel';
import { CsvButton } from '../../../ui/export/CsvButton';
import { ExportTableView } from '../../../ui/export/ExportTable';
import { exportCsv } from '../../../domain/export-table';
import { freshnessOf, type Freshness } from '../../../ui/freshness';
import type { LifelineGroup } from '../../../domain/island-groups';
import type { IslandsToday } from '../api/use-islands-today';
import type { OperationsTotals } from '../model/aggregates';
import {
  departuresOf,
  jstClock,
  routesTable,
  strandedTable,
  type RouteWords,
  type StrandedWords,
} from '../model/lifeline-tables';
import './operations.css';

const WORST: readonly Freshness[] = ['none', 'stale', 'aging', 'fresh'];

export function strandedWords(lang: Lang, t: TFunction): StrandedWords {
  return {
    group: t('life.col.group'),
    groupName: (g) => t(`island.short.${g}`),
    present: t('life.col.present'),
    seats: t('life.col.seats'),
    cannotLeave: t('life.col.cannotLeave'),
    dayTrips: t('life.col.dayTrips'),
    spare: t('life.col.spare'),
    lastDeparture: t('life.col.lastDeparture'),
    atLeast: (n) => t('life.atLeast', { n }),
    unknown: t('life.unknown'),
    none: t('life.none'),
    notPublished: t('life.noPresence'),
    number: (n) => formatNumber(lang, n),
  };
}

export function routeWords(t: TFunction): RouteWords {
  return {
    route: t('life.col.route'),
    status: t('life.col.status'),
    next: t('life.col.next'),
    last: t('life.col.last'),
    statusName: (s, raw) =>
      s === 'unknown' && raw !== undefined
        ? t('life.status.unknownRaw', { raw })
        : t(`life.status.${s}`),
    routeLabel: (s) => s.routeName,
    none: t('life.none'),
  };
}

/** What each figure means: one click away, as the issue asks. */
function Definitions({ t }: { t: TFunction }) {
  return (
    <details className="life-help" data-testid="life-help">
      <summary>{t('life.help.summary')}</summary>
      <ul>
        <li>{t('life.help.cannotLeave')}</li>
        <li>{t('life.help.present')}</li>
        <li>{t('life.help.seats')}</li>
        <li>{t('life.help.dayTrips')}</li>
        <li>{t('life.help.spare')}</li>
        <li>{t('life.help.groups')}</li>
      </ul>
    </details>
  );
}

/**
 * Visitors who cannot leave each island group at the time shown, beside the shelters' spare
 * room there, with the age of the oldest feed the estimate reads; on the desk, the services
 * leaving each group with their status and next and last departures.
 */
export function IslandsPanel({
  islands,
  totals,
  pollMs,
  now,
  routes,
  definitions,
  lang,
  t,
}: {
  islands: IslandsToday;
  totals: OperationsTotals | undefined;
  /** Poll intervals of the lifelines and of today's tourism days, for the freshness mark. */
  pollMs: { lifelines: number; tourism: number };
  now: number;
  /** The services leaving each group (the operations desk; the wall has the map for them). */
  routes: boolean;
  /** The definitions behind a click: at a desk, not on the wall, where nobody clicks. */
  definitions: boolean;
  lang: Lang;
  t: TFunction;
}) {
  const { estimates, sources, oldestUpdatedAt, at } = islands;
  const spare = (g: LifelineGroup) => totals?.byIslandGroup[g].spareCapacity;
  const table = strandedTable(estimates, spare, strandedWords(lang, t));
  const states = [
    freshnessOf(sources.lifelines.dataUpdatedAt, now, pollMs.lifelines),
    freshnessOf(sources.presence.dataUpdatedAt, now, pollMs.tourism),
    freshnessOf(sources.flows.dataUpdatedAt, now, pollMs.tourism),
  ];
  const failing = [sources.lifelines, sources.presence, sources.flows].some(
    (q) => q.error !== null || q.failureReason !== null,
  );
  const state =
    failing && !states.includes('none') ? 'stale' : WORST.find((s) => states.includes(s))!;
  const asOf =
    oldestUpdatedAt > 0
      ? t('life.asOf', {
          time: formatJstMinute(lang, at),
          age: formatAge(lang, Math.max(0, now - oldestUpdatedAt)),
        })
      : t('life.asOfNever', { time: formatJstMinute(lang, at) });
  const hours = [
    ...new Set(estimates.flatMap((e) => (e.present ? [jstClock(e.present.hourStartMs)] : []))),
  ].sort();
  const unknownWhy = [
    ...new Set(estimates.flatMap((e) => (e.seats.known ? [] : [e.seats.why.kind]))),
  ];
  const rw = routeWords(t);
  return (
    <Panel
      title={t('life.title')}
      id="islands-today"
      actions={
        <CsvButton
          filename="islands-visitors"
          build={() => exportCsv(table)}
          label={t('export.csv')}
          subject={t('life.csv')}
          t={t}
          testId="islands-csv"
        />
      }
    >
      <ExportTableView
        table={table}
        caption={t('life.csv')}
        lang={lang}
        t={t}
        testId="islands-today-table"
      />
      <p className={`life-asof fresh-${state}`} data-testid="islands-asof" data-state={state}>
        <span className="fresh-dot" aria-hidden="true" /> {asOf}
      </p>
      {hours.length > 0 ? (
        <p className="muted life-hours" data-testid="islands-present-hour">
          {t('life.presentHours', { hours: hours.join(t('headline.separator')) })}
        </p>
      ) : null}
      {unknownWhy.map((k) => (
        <p key={k} className="muted" data-testid="islands-seats-why">
          {t(`life.seatsWhy.${k}`)}
        </p>
      ))}
      {definitions ? <Definitions t={t} /> : null}
      {routes
        ? estimates.map((e) => {
            const rows = departuresOf(e.leaving, at);
            return (
              <div key={e.group} className="life-routes" data-group={e.group}>
                <ExportTableView
                  table={routesTable(rows, rw)}
                  caption={t('life.routesOf', { group: t(`island.short.${e.group}`) })}
                  lang={lang}
                  t={t}
                  testId={`life-routes-${e.group}`}
                  rowClassName={(id) => {
                    const status = rows.find((r) => r.service.id === id)?.service.status;
                    return status ? `life-status-${status}` : undefined;
                  }}
                />
              </div>
            );
          })
        : null}
    </Panel>
  );
}
