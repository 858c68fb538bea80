/**
 * The tourism model alone, in Node: the worker's own functions fetch, validate and pack the days
 * from the HTTP mock, then each pure aggregation the view runs on the main thread is timed on
 * the same packed days.
 */
import { performance } from 'node:perf_hooks';
import { createNgsiClient } from '../../src/api/ngsi/client';
import { runFeed } from '../../src/api/worker/run-feed';
import { runFlowDay, runPresenceDay } from '../../src/api/worker/run-tourism';
import type { FlowDayResult, PresenceDayResult } from '../../src/api/worker/run-tourism';
import { packPresenceDay } from '../../src/api/tourism/pack';
import { combineDays } from '../../src/features/tourism/api/combine';
import { DAY_MS, HOUR_MS, daysBetween, jstDayStartMs } from '../../src/domain/jst';
import { presenceAt, presenceSeries } from '../../src/features/tourism/model/presence';
import { rankMunicipalities } from '../../src/features/tourism/model/ranking';
import { originBreakdown } from '../../src/features/tourism/model/origins';
import { islandShare } from '../../src/features/tourism/model/islands';
import { aggregateFlows, stayBreakdown } from '../../src/features/tourism/model/flows';
import { dataQuality } from '../../src/features/tourism/model/quality';
import { rangeOf } from '../../src/features/tourism/model/period';
import { toArcs } from '../../src/features/tourism/layers/arcs';
import { drawSeries, budgetFor } from '../../src/features/tourism/components/charts/series';
import {
  ALL_FILTER,
  type FlowDay,
  type PresenceDay,
  type TimeRange,
} from '../../src/domain/tourism-days';
import type { Period } from '../../src/features/tourism/model/period';
import { startMockServer } from '../../mocks/http/server';
import { CONTEXT } from '../e2e/support/stack';
import { median } from './probes';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** Median wall time of `fn` over `runs` after `warmup` unmeasured calls (ms). */
function timeIt(fn: () => unknown, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

export interface ModelTiming {
  name: string;
  /** What one call covers. */
  scope: string;
  ms: number;
  /** How often the view calls it: per load, per cursor hour, per cursor day, per day loaded. */
  calledPer: string;
}

export interface TourismModelBench {
  days: number;
  period: Period;
  /** Entities and keyValues bytes the mock served for the period (both feeds). */
  presenceEntities: number;
  flowEntities: number;
  presenceBytes: number;
  flowBytes: number;
  requests: number;
  /**
   * In Node, per day (median): the worker's runPresenceDay / runFlowDay (every page fetched from
   * the in-process mock, which generates the day, + validation + packing); packing alone.
   */
  runPresenceDayMs: number;
  runFlowDayMs: number;
  packMsPerPresenceDay: number;
  /** Each aggregation once over the whole period (median of runs). */
  timings: ModelTiming[];
}

/** Counts the bytes of every response body the client reads. */
function countingFetch(counter: { bytes: number; requests: number }): typeof fetch {
  return async (input, init) => {
    const res = await fetch(input, init);
    const body = await res.arrayBuffer();
    counter.bytes += body.byteLength;
    counter.requests += 1;
    return new Response(body, {
      status: res.status,
      statusText: res.statusText,
      headers: res.headers,
    });
  };
}

const result = <R>(data: R) => ({
  data,
  error: null,
  isFetching: false,
  isError: false,
  dataUpdatedAt: 1,
});

export async function tourismModelBench(
  period: Period,
  nowMs: number,
  runs = 7,
): Promise<TourismModelBench> {
  const api = await startMockServer({ port: 0, tourismNow: () => nowMs });
  const presenceCounter = { bytes: 0, requests: 0 };
  const flowCounter = { bytes: 0, requests: 0 };
  const settings = { apiBaseUrl: api.url, contextUrl: CONTEXT };
  const presenceClient = createNgsiClient({ ...settings, fetch: countingFetch(presenceCounter) });
  const flowClient = createNgsiClient({ ...settings, fetch: countingFetch(flowCounter) });
  const dates = daysBetween(period.from, period.to);
  const presenceResults: PresenceDayResult[] = [];
  const flowResults: FlowDayResult[] = [];
  const presenceMs: number[] = [];
  const packMs: number[] = [];
  const flowMs: number[] = [];
  try {
    for (const date of dates) {
      let t = performance.now();
      presenceResults.push(await runPresenceDay(presenceClient, date));
      presenceMs.push(performance.now() - t);
      t = performance.now();
      flowResults.push(await runFlowDay(flowClient, date));
      flowMs.push(performance.now() - t);
    }
    // Packing alone (the worker's last step), on a few days fetched again.
    const spare = createNgsiClient(settings);
    for (const date of dates.slice(0, 7)) {
      const feed = await runFeed(spare, 'TourismPresenceObserved', {
        options: 'keyValues',
        pageSize: 1_000,
        q: `dateObserved=="${date}"`,
      });
      packMs.push(timeIt(() => packPresenceDay(date, feed.items), 5, 1));
    }
  } finally {
    await api.close();
  }

  const presence = new Map<string, PresenceDay>(presenceResults.map((r) => [r.date, r.day]));
  const flows = new Map<string, FlowDay>(flowResults.map((r) => [r.date, r.day]));
  const range = rangeOf(period);
  const f = ALL_FILTER;
  const midDay = jstDayStartMs(dates[Math.floor(dates.length / 2)]!);
  const cursorDay: TimeRange = { fromMs: midDay, toMs: midDay + DAY_MS };
  const series = presenceSeries(presence, range, 'prefecture', f);
  const dayFlows = aggregateFlows(flows, cursorDay, f);
  const timings: ModelTiming[] = [
    {
      name: 'presenceSeries',
      scope: 'prefecture, whole period',
      ms: timeIt(() => presenceSeries(presence, range, 'prefecture', f), runs),
      calledPer: 'chart, on data/filter change',
    },
    {
      name: 'presenceSeries',
      scope: 'one municipality, whole period',
      ms: timeIt(() => presenceSeries(presence, range, ['42201'], f), runs),
      calledPer: 'chart, on data/filter change',
    },
    {
      name: 'drawSeries (downsample)',
      scope: `${series.length} hourly points`,
      ms: timeIt(() => drawSeries(series, budgetFor(1)), runs),
      calledPer: 'chart render with new series',
    },
    {
      name: 'rankMunicipalities',
      scope: 'whole period',
      ms: timeIt(() => rankMunicipalities(presence, flows, range, f), runs),
      calledPer: 'data/filter change',
    },
    {
      name: 'originBreakdown',
      scope: 'prefecture, whole period',
      ms: timeIt(() => originBreakdown(presence, range, f, 'prefecture'), runs),
      calledPer: 'data/filter change',
    },
    {
      name: 'islandShare',
      scope: 'whole period',
      ms: timeIt(() => islandShare(presence, range, f), runs),
      calledPer: 'data/filter change',
    },
    {
      name: 'stayBreakdown',
      scope: 'whole period',
      ms: timeIt(() => stayBreakdown(flows, range, f), runs),
      calledPer: 'data/filter change',
    },
    {
      name: 'aggregateFlows',
      scope: 'whole period',
      ms: timeIt(() => aggregateFlows(flows, range, f), runs),
      calledPer: '(not called over the period by the view)',
    },
    {
      name: 'aggregateFlows',
      scope: 'one day (cursor day)',
      ms: timeIt(() => aggregateFlows(flows, cursorDay, f), runs),
      calledPer: 'cursor crossing into a day',
    },
    {
      name: 'toArcs',
      scope: `${dayFlows.length} pairs of one day`,
      ms: timeIt(() => toArcs(dayFlows), runs),
      calledPer: 'cursor crossing into a day',
    },
    {
      name: 'presenceAt',
      scope: 'one hour, 21 municipalities',
      ms: timeIt(() => presenceAt(presence, midDay + 12 * HOUR_MS, f), runs),
      calledPer: 'cursor step',
    },
    {
      name: 'dataQuality',
      scope: 'whole period',
      ms: timeIt(() => dataQuality(dates, presence, flows), runs),
      calledPer: 'data change',
    },
    {
      name: 'all period panels',
      scope: 'ranking, chart series + downsample, stay, origins, islands, quality',
      ms: timeIt(() => {
        rankMunicipalities(presence, flows, range, f);
        drawSeries(presenceSeries(presence, range, 'prefecture', f), budgetFor(1));
        stayBreakdown(flows, range, f);
        originBreakdown(presence, range, f, 'prefecture');
        islandShare(presence, range, f);
        dataQuality(dates, presence, flows);
      }, runs),
      calledPer: 'data/filter change (at most once a second while loading)',
    },
    {
      name: 'combineDays',
      scope: `${dates.length * 2} day results`,
      ms: timeIt(() => combineDays(presenceResults.map(result), flowResults.map(result)), runs),
      calledPer: 'any day query update',
    },
  ];

  return {
    days: dates.length,
    period,
    presenceEntities: sum(presenceResults.map((r) => r.report.received)),
    flowEntities: sum(flowResults.map((r) => r.report.received)),
    presenceBytes: presenceCounter.bytes,
    flowBytes: flowCounter.bytes,
    requests: presenceCounter.requests + flowCounter.requests,
    runPresenceDayMs: median(presenceMs),
    packMsPerPresenceDay: median(packMs),
    runFlowDayMs: median(flowMs),
    timings,
  };
}
