/**
 * One description of a table for both the screen and its CSV: the same rows in the same order,
 * each cell a value that the table formats for people and the CSV writes unformatted. A
 * column without a label goes to the CSV only (codes, counts of suppressed records); a
 * `screenOnly` one only to the screen (two CSV columns the screen shows as one).
 */
import { tableCsv, type CsvCell, type CsvOptions } from './csv';

export type ExportValue =
  /** Text, the same on screen and in the file. */
  | string
  /** A number: grouped digits on screen, plain in the file. */
  | number
  /** Nothing: a dash on screen, an empty field in the file. */
  | null
  /**
   * A published total that may leave suppressed records out (tourism counts under 10): on
   * screen "at least n" or "suppressed"; in the file the number, or the word `suppressed`
   * when nothing but suppressed records came.
   */
  | { kind: 'total'; value: number | null; suppressed: number }
  /** Yes or no: translated on screen, `yes`/`no` in the file. */
  | { kind: 'flag'; value: boolean }
  /** Anything else: what the screen shows and what the file holds, given separately. */
  | { kind: 'custom'; text: string; csv: CsvCell };

export interface ExportColumn {
  /** CSV header: stable, English, snake_case, whatever the UI language. */
  id: string;
  /** Table header; none = a CSV-only column. */
  label?: string;
  numeric?: boolean;
  /** Running text that may wrap on screen (every other column keeps to one line). */
  wrap?: boolean;
  /** Shown, not written: the screen's join of columns the CSV holds apart. */
  screenOnly?: boolean;
}

export interface ExportRow {
  key: string;
  /** One per column, in column order. */
  cells: readonly ExportValue[];
}

export interface ExportTable {
  columns: readonly ExportColumn[];
  rows: readonly ExportRow[];
}

export const total = (t: { value: number | null; suppressed: number }): ExportValue => ({
  kind: 'total',
  value: t.value,
  suppressed: t.suppressed,
});

export const flag = (value: boolean): ExportValue => ({ kind: 'flag', value });

export const custom = (text: string, csv: CsvCell): ExportValue => ({ kind: 'custom', text, csv });

/** What the CSV holds for a value. */
export function csvValue(v: ExportValue): CsvCell {
  if (v === null || typeof v === 'string' || typeof v === 'number') return v;
  switch (v.kind) {
    case 'total':
      return v.value ?? (v.suppressed > 0 ? 'suppressed' : null);
    case 'flag':
      return v.value ? 'yes' : 'no';
    case 'custom':
      return v.csv;
  }
}

/** The columns the table shows, with their index into each row's cells. */
export function shownColumns(table: ExportTable): Array<ExportColumn & { index: number }> {
  return table.columns.flatMap((c, index) => (c.label === undefined ? [] : [{ ...c, index }]));
}

/** The whole table as CSV (every column, shown or not), RFC 4180 with a BOM. */
export function exportCsv(table: ExportTable, options: CsvOptions = {}): string {
  const width = table.columns.length;
  for (const row of table.rows)
    if (row.cells.length !== width)
      throw new Error(`row ${row.key} has ${row.cells.length} cells for ${width} columns`);
  const written = table.columns.flatMap((c, i) => (c.screenOnly ? [] : [i]));
  return tableCsv(
    written.map((i) => table.columns[i]!.id),
    table.rows.map((r) => written.map((i) => csvValue(r.cells[i]!))),
    options,
  );
}
