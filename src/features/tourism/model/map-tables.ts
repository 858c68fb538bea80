/**
 * The map's tourism layers as tables (their text alternative): the cursor day's flows, as the
 * arcs show them, and visitors present per municipality at the cursor hour, as the shading
 * shows them. Rows from the model's figures; column words come from the caller.
 */
import { custom, flag, total, type ExportTable } from '../../../domain/export-table';
import type { FlowOrigin } from '../../../domain/tourism';
import { TRANSPORT_MODES } from '../../../domain/tourism';
import { TOURISM_MUNICIPALITIES } from '../../../domain/tourism-index';
import type { FlowAggregate, TransportMode } from './flows';
import { tourismIslandOf } from './islands';
import { emptyTotal } from './total';
import type { MunicipalityCode, Total } from '../../../domain/tourism-days';

/** The key the arc layer gives a flow (src/features/tourism/layers/arcs.ts). */
export const flowKey = (origin: FlowOrigin, destination: MunicipalityCode): string =>
  `${origin.kind}:${origin.code}>${destination}`;

/** A flow's transport modes, most visitors first (ties in the feed's order of modes). */
export function modesByCount(modes: FlowAggregate['modes']): Array<[TransportMode, number]> {
  return TRANSPORT_MODES.flatMap((m): Array<[TransportMode, number]> => {
    const n = modes[m];
    return n === undefined ? [] : [[m, n]];
  }).sort((a, b) => b[1] - a[1]);
}

/**
 * Every mode a flow used: those with published visitors, most first, then those whose records
 * were all suppressed (in the feed's order of modes).
 */
export function modesUsed(f: Pick<FlowAggregate, 'modes' | 'modeRecords'>): TransportMode[] {
  const published = modesByCount(f.modes).map(([m]) => m);
  const rest = TRANSPORT_MODES.filter((m) => !published.includes(m) && (f.modeRecords[m] ?? 0) > 0);
  return [...published, ...rest];
}

export interface FlowTableWords {
  /** The screen's one column for both ends ("From → To"). */
  route: string;
  visitors: string;
  sea: string;
  mode: string;
  onMap: string;
  place: (origin: FlowOrigin) => string;
  municipality: (code: MunicipalityCode) => string;
  modeName: (mode: TransportMode) => string;
  number: (n: number) => string;
}

/**
 * One row per origin and destination in the order of the flows (most visitors first, pairs
 * with only suppressed records last). `drawn` holds the keys of the arcs on the map. The mode
 * column names the modes (with their counts when there are several); the CSV has a column of
 * visitors per mode as well.
 */
export function flowTable(
  flows: readonly FlowAggregate[],
  drawn: ReadonlySet<string>,
  words: FlowTableWords,
): ExportTable {
  return {
    columns: [
      { id: 'route', label: words.route, wrap: true, screenOnly: true },
      { id: 'origin' },
      { id: 'origin_code' },
      { id: 'destination' },
      { id: 'destination_code' },
      { id: 'visitors', label: words.visitors, numeric: true },
      { id: 'visitors_suppressed_records' },
      { id: 'sea_crossing', label: words.sea },
      { id: 'modes', label: words.mode, wrap: true },
      ...TRANSPORT_MODES.map((m) => ({ id: `${m}_visitors` })),
      { id: 'on_map', label: words.onMap },
    ],
    rows: flows.map((f) => {
      const modes = modesByCount(f.modes);
      const text =
        modes.length === 1
          ? words.modeName(modes[0]![0])
          : modes.map(([m, n]) => `${words.modeName(m)} ${words.number(n)}`).join('・');
      const key = flowKey(f.origin, f.destination);
      return {
        key,
        cells: [
          `${words.place(f.origin)} → ${words.municipality(f.destination)}`,
          words.place(f.origin),
          f.origin.code,
          words.municipality(f.destination),
          f.destination,
          total({ value: f.count, suppressed: f.suppressed }),
          f.suppressed,
          flag(f.seaCrossing),
          modes.length === 0 ? null : custom(text, modes.map(([m]) => m).join(';')),
          ...TRANSPORT_MODES.map((m) => f.modes[m] ?? null),
          flag(drawn.has(key)),
        ],
      };
    }),
  };
}

export interface PresenceHereWords {
  municipality: string;
  visitors: string;
  island: string;
  name: (code: MunicipalityCode) => string;
}

const orderOf = (t: Total) => (t.value !== null ? 0 : t.suppressed > 0 ? 1 : 2);

/**
 * All 21 municipalities, most visitors first; those with only suppressed cells next and those
 * without data last (official code order within each).
 */
export function presenceHereTable(
  presence: ReadonlyMap<MunicipalityCode, Total>,
  words: PresenceHereWords,
): ExportTable {
  const rows = TOURISM_MUNICIPALITIES.map((code) => ({
    code,
    t: presence.get(code) ?? emptyTotal(),
  })).sort(
    (a, b) =>
      orderOf(a.t) - orderOf(b.t) ||
      (b.t.value ?? 0) - (a.t.value ?? 0) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  return {
    columns: [
      { id: 'municipality', label: words.municipality },
      { id: 'municipality_code' },
      { id: 'visitors_present', label: words.visitors, numeric: true },
      { id: 'visitors_suppressed_cells' },
      { id: 'island', label: words.island },
    ],
    rows: rows.map(({ code, t }) => ({
      key: code,
      cells: [
        words.name(code),
        code,
        total(t),
        t.suppressed,
        flag(tourismIslandOf(code) !== undefined),
      ],
    })),
  };
}
