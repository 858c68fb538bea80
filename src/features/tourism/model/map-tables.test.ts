import { describe, expect, it } from 'vitest';
import { exportCsv, type ExportTable } from '../../../domain/export-table';
import { TOURISM_MUNICIPALITIES } from '../../../domain/tourism-index';
import { toArcs } from '../layers/arcs';
import type { FlowAggregate } from './flows';
import { flowKey, flowTable, modesByCount, presenceHereTable } from './map-tables';
import { total } from './test-data';
import type { Total } from '../../../domain/tourism-days';

const lines = (table: ExportTable) => exportCsv(table).slice(1).split('\r\n').slice(0, -1);

const agg = (patch: Partial<FlowAggregate>): FlowAggregate => ({
  origin: { kind: 'prefecture', code: '40' },
  destination: '42201',
  count: 100,
  suppressed: 0,
  islandCrossing: false,
  seaCrossing: false,
  modes: {},
  modeRecords: {},
  ...patch,
});

const words = {
  route: '経路',
  visitors: '人数',
  sea: '海',
  mode: '手段',
  onMap: '地図',
  place: (o: FlowAggregate['origin']) => `${o.kind === 'prefecture' ? 'P' : 'M'}${o.code}`,
  municipality: (code: string) => `M${code}`,
  modeName: (m: string) => m.toUpperCase(),
  number: (n: number) => n.toLocaleString('en-US'),
};

describe('modesByCount', () => {
  it.each<[FlowAggregate['modes'], Array<[string, number]>]>([
    [{}, []],
    [{ air: 5 }, [['air', 5]]],
    [
      { ferry: 10, air: 30, rail: 10 },
      [
        ['air', 30],
        ['ferry', 10],
        ['rail', 10],
      ],
    ],
  ])('%j', (modes, expected) => {
    expect(modesByCount(modes)).toEqual(expected);
  });
});

describe('flowTable', () => {
  const HEAD =
    'origin,origin_code,destination,destination_code,visitors,visitors_suppressed_records,' +
    'sea_crossing,modes,ferry_visitors,air_visitors,road_visitors,rail_visitors,on_map';
  it.each<[string, FlowAggregate[], string[], string[], string[]]>([
    [
      'one mode, several modes, suppressed only, sea crossing, drawn or not',
      [
        agg({ modes: { road: 100 } }),
        agg({
          origin: { kind: 'municipality', code: '42201' },
          destination: '42211',
          count: 1500,
          suppressed: 2,
          seaCrossing: true,
          modes: { ferry: 1200, air: 300 },
        }),
        agg({ destination: '42383', count: null, suppressed: 3, seaCrossing: true }),
      ],
      ['prefecture:40>42201'],
      [
        'P40,40,M42201,42201,100,0,no,road,,,100,,yes',
        'M42201,42201,M42211,42211,1500,2,yes,ferry;air,1200,300,,,no',
        'P40,40,M42383,42383,suppressed,3,yes,,,,,,no',
      ],
      ['ROAD', 'FERRY 1,200・AIR 300', '—'],
    ],
    ['no flows', [], [], [], []],
  ])('%s', (_label, flows, drawn, rows, modeText) => {
    const table = flowTable(flows, new Set(drawn), words);
    expect(lines(table)).toEqual([HEAD, ...rows]);
    // The screen's one column for both ends.
    expect(table.rows.map((r) => r.cells[0])).toEqual(
      rows.map((line) => {
        const [origin, , destination] = line.split(',');
        return `${origin} → ${destination}`;
      }),
    );
    // The mode column as the screen words it (null → dash is the view's, kept here as null).
    expect(
      table.rows.map((r) => {
        const v = r.cells[8];
        return v && typeof v === 'object' && v.kind === 'custom' ? v.text : '—';
      }),
    ).toEqual(modeText);
  });

  it('marks exactly the flows the arc layer draws (the 80 biggest)', () => {
    const prefectures = Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0'));
    const flows = ['42201', '42202'].flatMap((destination, d) =>
      prefectures
        .filter((p) => p !== '42')
        .map((code, i) =>
          agg({ origin: { kind: 'prefecture', code }, destination, count: 10_000 - d * 100 - i }),
        ),
    );
    expect(flows).toHaveLength(92);
    const { arcs } = toArcs(flows);
    expect(arcs).toHaveLength(80);
    const table = flowTable(flows, new Set(arcs.map((a) => a.pair)), words);
    const marked = table.rows.filter((r) => lines({ ...table, rows: [r] })[1]!.endsWith(',yes'));
    expect(new Set(marked.map((r) => r.key))).toEqual(new Set(arcs.map((a) => a.pair)));
    expect(table.rows.map((r) => r.key)).toEqual(
      flows.map((f) => flowKey(f.origin, f.destination)),
    );
  });
});

describe('presenceHereTable', () => {
  const name = (code: string) => `M${code}`;
  const hereWords = { municipality: '市町', visitors: '滞在者', island: '離島', name };
  it.each<[string, Array<[string, Total]>, string[]]>([
    [
      'most first; suppressed only next; no data last, in code order',
      [
        ['42201', total(5000, 0)],
        ['42209', total(300, 2)],
        ['42383', total(null, 4)],
        ['42202', total(6000, 0)],
      ],
      [
        'M42202,42202,6000,0,no',
        'M42201,42201,5000,0,no',
        'M42209,42209,300,2,yes',
        'M42383,42383,suppressed,4,yes',
      ],
    ],
  ])('%s', (_label, entries, first) => {
    const table = presenceHereTable(new Map(entries), hereWords);
    const out = lines(table);
    expect(out[0]).toBe(
      'municipality,municipality_code,visitors_present,visitors_suppressed_cells,island',
    );
    expect(out.slice(1, 1 + first.length)).toEqual(first);
    // Every municipality is listed once; those without data last, in code order.
    expect(out).toHaveLength(1 + TOURISM_MUNICIPALITIES.length);
    const rest = TOURISM_MUNICIPALITIES.filter((c) => !entries.some(([code]) => code === c));
    expect(out.slice(1 + first.length)).toEqual(
      rest.map(
        (c) =>
          `M${c},${c},,0,${['42209', '42210', '42211', '42383', '42411'].includes(c) ? 'yes' : 'no'}`,
      ),
    );
  });
});
