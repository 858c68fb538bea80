/**
 * One round of the platform KPIs: the broker's types, then per type that names its
 * municipality one count per municipality (both code forms), one count of all its records and
 * one pass for the newest record times; per other type one count of all its records. At most
 * `inFlight` requests at once. A count that fails keeps the last good one (stale); a round in
 * which nothing at all succeeded rejects, so the query keeps its last data and shows the error.
 */
import type { NgsiClient } from '../../../api/ngsi/client';
import { MUNICIPALITIES, type MunicipalityRecord } from '../../../domain/municipalities';
import type { MunicipalityCode } from '../../../domain/types';
import { carryMeasure, carryScan } from '../model/measure';
import type {
  AttributableType,
  KpiSnapshot,
  Measure,
  NewestScan,
  PrefectureType,
} from '../model/types';
import { discoverTypes, type DiscoveredType } from './discover';
import { measure } from './outcome';
import { mapLimited } from './pool';
import { CODE_ATTRIBUTE } from './read-newest';
import { scanNewest } from './scan-newest';
import { isIri } from '../../../api/ngsi/context-terms';

export const MAX_IN_FLIGHT = 4;

/** Every query of a round failed: the query keeps its last snapshot and shows this. */
export class NothingAnsweredError extends Error {
  override readonly name = 'NothingAnsweredError';
  constructor(readonly reason: string) {
    super(`no platform KPI query succeeded${reason ? `: ${reason}` : ''}`);
  }
}

/** Records of one municipality whichever code form they carry: `=="422011","42201"`. */
export const municipalityQuery = (m: MunicipalityRecord): string =>
  `${CODE_ATTRIBUTE}=="${m.code6}","${m.code}"`;

export interface FetchKpisInput {
  client: NgsiClient;
  /** The last snapshot, whose good counts a failed one keeps. */
  previous?: KpiSnapshot | undefined;
  now?: () => number;
  signal?: AbortSignal;
  inFlight?: number;
}

type Task =
  | { kind: 'total'; type: string }
  | { kind: 'cell'; type: string; municipality: MunicipalityRecord }
  | { kind: 'scan'; type: string };

type Outcome = { task: Task } & ({ measure: Measure } | { scan: NewestScan });

/** A probe that could not decide keeps the last round's verdict, if there was one. */
function decide(t: DiscoveredType, previous: KpiSnapshot | undefined): boolean | undefined {
  if (t.attributable !== undefined) return t.attributable;
  if (previous?.attributable.some((p) => p.name === t.name)) return true;
  return undefined;
}

const succeeded = (o: Outcome): boolean =>
  'measure' in o ? o.measure.state !== 'failed' : o.scan.state !== 'failed';

export async function fetchPlatformKpis(input: FetchKpisInput): Promise<KpiSnapshot> {
  const { client, previous, signal } = input;
  const now = input.now ?? Date.now;
  const inFlight = input.inFlight ?? MAX_IN_FLIGHT;
  const listed = await client.getTypeDetails({ signal });
  const problem = client.contextProblem?.();
  const iris = listed.map((t) => t.name).filter(isIri);
  const unreadContext = problem && iris.length > 0 ? { ...problem, types: iris } : undefined;
  const discovered = await discoverTypes(client, listed, inFlight, now, signal);
  const verdicts = discovered.map((t) => ({ ...t, attributable: decide(t, previous) }));

  const tasks: Task[] = verdicts.flatMap((t): Task[] =>
    t.attributable === true
      ? [
          { kind: 'total', type: t.name },
          { kind: 'scan', type: t.name },
          ...MUNICIPALITIES.map((m): Task => ({ kind: 'cell', type: t.name, municipality: m })),
        ]
      : [{ kind: 'total', type: t.name }],
  );
  const outcomes = await mapLimited(tasks, inFlight, async (task): Promise<Outcome> => {
    if (task.kind === 'scan')
      return { task, scan: await scanNewest(client, task.type, now, signal) };
    const q = task.kind === 'cell' ? municipalityQuery(task.municipality) : undefined;
    return {
      task,
      measure: await measure(() => client.countEntities({ type: task.type, q, signal }), now),
    };
  });
  if (outcomes.length > 0 && !outcomes.some(succeeded)) {
    const first = outcomes[0];
    const why =
      first && 'measure' in first && first.measure.state === 'failed' ? first.measure.error : '';
    throw new NothingAnsweredError(why);
  }
  const snapshot = assemble(verdicts, outcomes, previous, now());
  return unreadContext ? { ...snapshot, unreadContext } : snapshot;
}

function assemble(
  verdicts: readonly DiscoveredType[],
  outcomes: readonly Outcome[],
  previous: KpiSnapshot | undefined,
  at: number,
): KpiSnapshot {
  const attributable: AttributableType[] = [];
  const prefectureLevel: PrefectureType[] = [];
  for (const t of verdicts) {
    let total: Measure | undefined;
    let newest: NewestScan | undefined;
    const counts = new Map<MunicipalityCode, Measure>();
    for (const o of outcomes) {
      if (o.task.type !== t.name) continue;
      if ('scan' in o) newest = o.scan;
      else if (o.task.kind === 'cell') counts.set(o.task.municipality.code, o.measure);
      else total = o.measure;
    }
    if (total === undefined) continue;
    if (t.attributable !== true || newest === undefined) {
      const before = previous?.prefectureLevel.find((p) => p.name === t.name)?.total;
      prefectureLevel.push({
        name: t.name,
        attribution: t.attributable === undefined ? 'unknown' : t.attribution,
        total: carryMeasure(before, total),
      });
      continue;
    }
    const before = previous?.attributable.find((p) => p.name === t.name);
    const cells: Record<MunicipalityCode, Measure> = {};
    for (const [code, m] of counts) cells[code] = carryMeasure(before?.cells[code], m);
    attributable.push({
      name: t.name,
      attribution: t.attribution,
      total: carryMeasure(before?.total, total),
      cells,
      newest: carryScan(before?.newest, newest),
    });
  }
  return { at, attributable, prefectureLevel };
}
