import type { Lang } from '../../i18n';
import type { TFunction } from '../../i18n';
import { shownColumns, type ExportTable } from '../../domain/export-table';
import { cellText } from './cell-text';
import './export.css';

/**
 * A figure column's cell never wraps, unless it says in words why there is no figure ("Not
 * published"): those wrap at their spaces (a number, a lone "—" or one word do not). Other
 * columns wrap only when marked so.
 */
function cellClass(c: { numeric?: boolean; wrap?: boolean }, text: string): string | undefined {
  if (c.numeric) return /\d/.test(text) || !/\s/.test(text) ? 'num' : 'num words';
  return c.wrap ? 'wrap' : undefined;
}

/**
 * A table as the screen shows it: a caption, column headers (`scope="col"`), the first shown
 * column as row headers (`scope="row"`), numbers right-aligned. The same `ExportTable` gives
 * its CSV (`exportCsv`), so the file holds exactly these rows.
 */
export function ExportTableView({
  table,
  caption,
  lang,
  t,
  testId,
  rowClassName,
}: {
  table: ExportTable;
  caption: string;
  lang: Lang;
  t: TFunction;
  testId?: string;
  /** A class per row (by its key), e.g. to set important rows in bold. */
  rowClassName?: (key: string) => string | undefined;
}) {
  const columns = shownColumns(table);
  return (
    <div className="export-table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="data export-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.id} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} data-key={row.key} className={rowClassName?.(row.key)}>
              {columns.map((c, i) => {
                const text = cellText(row.cells[c.index] ?? null, lang, t);
                const className = cellClass(c, text);
                return i === 0 ? (
                  <th key={c.id} scope="row" className={className}>
                    {text}
                  </th>
                ) : (
                  <td key={c.id} className={className}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {table.rows.length === 0 ? <p className="muted">{t('export.empty')}</p> : null}
    </div>
  );
}
