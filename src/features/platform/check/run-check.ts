/**
 * The connection check (`?screen=check`): every kind of request the dashboard makes, made once
 * against the configured platform through the dashboard's own client (same dialect, headers,
 * tenant, token, paging), with each HTTP exchange recorded as the browser saw it — URL,
 * status, time, and whether the count and Link headers could be read (CORS hides unexposed
 * ones). For whoever deploys the dashboard on a new platform.
 */
import type { NgsiClient } from '../../../api/ngsi/client';
import { statusOf } from '../../../api/ngsi/errors';
import { noHistoryService } from '../../../api/ngsi/history-service';
import { isIri } from '../../../api/ngsi/context-terms';
import { CONTRACT_TYPES } from '../../../domain/entity-types';
import { refusalOf } from '../api/outcome';

export interface Exchange {
  url: string;
  /** HTTP status, or what happened instead. */
  status: number | 'network' | 'aborted';
  ms: number;
  /** The dialect's count header: read, absent (or hidden by CORS), or not asked for. */
  count: 'read' | 'absent' | 'not-asked';
  /** A `Link` header on the answer (NGSI-LD paging): read or absent. */
  link: 'read' | 'absent';
}

export type CheckFact =
  | { id: 'types'; types: number; iris: number }
  | { id: 'count'; type: string; count: number | undefined; refused?: number }
  | { id: 'page-cap'; cap: number | undefined; pages: number }
  | {
      id: 'representation';
      options: 'normalized' | 'keyValues';
      withAttributes: boolean | undefined;
    }
  | { id: 'temporal'; available: boolean | undefined; status: number | undefined }
  | { id: 'tenant'; tenant: string | undefined; entities: number | undefined };

export interface CheckStep {
  fact: CheckFact;
  outcome: 'ok' | 'warn' | 'fail';
  exchanges: Exchange[];
  /** The failure, for describeError / explainError. */
  error?: unknown;
}

/** The types the views read (contract §2). */
export const CHECKED_TYPES = CONTRACT_TYPES;

/** A fetch that records each exchange into `log` (the body is left to the client). */
export function recording(
  countHeader: string,
  log: Exchange[],
  now: () => number = () => performance.now(),
): (base: typeof fetch) => typeof fetch {
  return (base) => async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const started = now();
    const asked = /[?&](count=true|options=[^&]*count)/.test(url);
    try {
      const res = await base(input, init);
      log.push({
        url,
        status: res.status,
        ms: Math.round(now() - started),
        count: !asked ? 'not-asked' : res.headers.has(countHeader) ? 'read' : 'absent',
        link: res.headers.has('link') ? 'read' : 'absent',
      });
      return res;
    } catch (error) {
      log.push({
        url,
        status: init?.signal?.aborted ? 'aborted' : 'network',
        ms: Math.round(now() - started),
        count: 'not-asked',
        link: 'absent',
      });
      throw error;
    }
  };
}

const hasAttributes = (entity: unknown) =>
  typeof entity === 'object' &&
  entity !== null &&
  Object.keys(entity).some((k) => !['id', 'type', '@context'].includes(k));

export interface CheckSetup {
  /** A client whose exchanges go into `log`. */
  client: NgsiClient;
  log: Exchange[];
  tenant: string | undefined;
  now: number;
  signal?: AbortSignal;
}

/** Runs one step: the exchanges it caused are the log's new entries. */
async function step(
  setup: CheckSetup,
  work: () => Promise<Omit<CheckStep, 'exchanges'>>,
  onError: (error: unknown) => Omit<CheckStep, 'exchanges'>,
): Promise<CheckStep> {
  const from = setup.log.length;
  let result: Omit<CheckStep, 'exchanges'>;
  try {
    result = await work();
  } catch (error) {
    if (setup.signal?.aborted) throw error;
    result = { ...onError(error), error };
  }
  return { ...result, exchanges: setup.log.slice(from) };
}

export async function runCheck(setup: CheckSetup): Promise<CheckStep[]> {
  const { client, signal } = setup;
  const steps: CheckStep[] = [];
  steps.push(
    await step(
      setup,
      async () => {
        const types = await client.getTypeDetails({ signal });
        const iris = types.filter((t) => isIri(t.name)).length;
        return {
          fact: { id: 'types', types: types.length, iris },
          outcome: types.length === 0 ? 'warn' : 'ok',
        };
      },
      () => ({ fact: { id: 'types', types: 0, iris: 0 }, outcome: 'fail' }),
    ),
  );
  const counts: Array<number | undefined> = [];
  for (const type of CHECKED_TYPES) {
    const s = await step(
      setup,
      async () => {
        const count = await client.countEntities({ type, signal });
        counts.push(count);
        return { fact: { id: 'count', type, count }, outcome: count === undefined ? 'warn' : 'ok' };
      },
      (error) => {
        // A broker protecting a large dataset refuses an unfiltered count; the views that read
        // the type filter it, and the platform view says "not supported" (never 0).
        const refused = refusalOf(error);
        return refused
          ? {
              fact: { id: 'count', type, count: undefined, refused: refused.status },
              outcome: 'warn',
            }
          : { fact: { id: 'count', type, count: undefined }, outcome: 'fail' };
      },
    );
    steps.push(s);
  }
  steps.push(
    await step(
      setup,
      async () => {
        const before = setup.log.length;
        const page = await client.queryEntities({
          type: 'EvacuationSite',
          pageSize: 1000,
          maxPages: 1,
          signal,
        });
        const accepted = setup.log
          .slice(before)
          .filter((e) => e.status === 200)
          .map((e) => Number(new URL(e.url).searchParams.get('limit')));
        const cap = accepted.length > 0 ? Math.max(...accepted) : undefined;
        return {
          fact: { id: 'page-cap', cap, pages: page.pages },
          outcome: cap === undefined ? 'warn' : 'ok',
        };
      },
      () => ({ fact: { id: 'page-cap', cap: undefined, pages: 0 }, outcome: 'fail' }),
    ),
  );
  for (const options of ['normalized', 'keyValues'] as const) {
    steps.push(
      await step(
        setup,
        async () => {
          const page = await client.queryEntities({
            type: 'EvacuationShelter',
            pageSize: 10,
            maxPages: 1,
            ...(options === 'keyValues' && { options }),
            signal,
          });
          const withAttributes =
            page.entities.length === 0 ? undefined : page.entities.every(hasAttributes);
          return {
            fact: { id: 'representation', options, withAttributes },
            outcome: withAttributes === false ? 'warn' : 'ok',
          };
        },
        () => ({
          fact: { id: 'representation', options, withAttributes: undefined },
          outcome: 'fail',
        }),
      ),
    );
  }
  steps.push(
    await step(
      setup,
      async () => {
        await client.queryTemporal({
          type: 'EvacuationShelter',
          attrs: ['evacueeTotal'],
          // The window the trend charts ask for, shortened to the last hour.
          timerel: 'between',
          timeAt: new Date(setup.now - 3_600_000).toISOString(),
          endTimeAt: new Date(setup.now).toISOString(),
          options: 'temporalValues',
          pageSize: 10,
          maxPages: 1,
          signal,
        });
        return { fact: { id: 'temporal', available: true, status: 200 }, outcome: 'ok' };
      },
      (error) => {
        const missing = noHistoryService(error);
        const status = statusOf(error);
        return missing === undefined
          ? { fact: { id: 'temporal', available: undefined, status }, outcome: 'fail' }
          : { fact: { id: 'temporal', available: false, status: missing }, outcome: 'warn' };
      },
    ),
  );
  const known = counts.filter((c): c is number => c !== undefined);
  const entities = known.length === 0 ? undefined : known.reduce((a, b) => a + b, 0);
  steps.push({
    fact: { id: 'tenant', tenant: setup.tenant, entities },
    outcome: entities === undefined ? 'warn' : entities === 0 ? 'fail' : 'ok',
    exchanges: [],
  });
  return steps;
}
