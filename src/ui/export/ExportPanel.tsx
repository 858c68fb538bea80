import type { ReactNode, RefObject } from 'react';
import type { Lang, TFunction } from '../../i18n';
import { exportCsv, type ExportTable } from '../../domain/export-table';
import { Panel } from '../Panel';
import { CsvButton } from './CsvButton';
import { PngButton } from './PngButton';
import { ExportActions } from './ExportButton';
import { DataDetails } from './DataDetails';
import { ExportTableView } from './ExportTable';

/**
 * The frame every exportable panel shares: the title with its PNG (when there is a chart) and
 * CSV buttons, the content, and the data table in a disclosure below. The CSV is the table's
 * own rows unless the panel writes its own, so the file holds what the table shows.
 * Test IDs follow one pattern: `<testId>-png`, `-csv`, `-details`, `-table`.
 */
export function ExportPanel({
  title,
  id,
  filename,
  testId,
  table,
  csv,
  png,
  lang,
  t,
  children,
}: {
  title: string;
  /** The panel's id (`data-panel`). */
  id: string;
  /** The `<what>` part of the file names. */
  filename: string;
  testId: string;
  /** The data table: built when opened or exported, never on render. */
  table?: {
    build: () => ExportTable;
    caption: string;
    /** The disclosure's label (default: the chart's data table). */
    summary?: string;
    /** Shown instead of the table when it has no rows. */
    empty?: string;
  };
  /** The CSV when it is not the table's rows (e.g. series side by side). */
  csv?: () => string;
  /** The chart to save as PNG, and its header. */
  png?: {
    target: RefObject<HTMLElement | null>;
    title?: string;
    asOf?: string | undefined;
    credit?: string | undefined;
  };
  lang: Lang;
  t: TFunction;
  children?: ReactNode;
}) {
  const buildCsv = csv ?? (() => exportCsv(table?.build() ?? { columns: [], rows: [] }));
  const csvButton = (
    <CsvButton
      filename={filename}
      build={buildCsv}
      label={t('export.csv')}
      subject={title}
      t={t}
      testId={`${testId}-csv`}
    />
  );
  return (
    <Panel
      title={title}
      id={id}
      actions={
        png ? (
          <ExportActions>
            <PngButton
              target={png.target}
              filename={filename}
              title={png.title ?? title}
              asOf={png.asOf}
              credit={png.credit}
              label={t('export.png')}
              subject={title}
              t={t}
              testId={`${testId}-png`}
            />
            {csvButton}
          </ExportActions>
        ) : (
          csvButton
        )
      }
    >
      {children}
      {table ? (
        <DataDetails summary={table.summary ?? t('export.table')} testId={`${testId}-details`}>
          {() => {
            const built = table.build();
            return table.empty !== undefined && built.rows.length === 0 ? (
              <p className="muted">{table.empty}</p>
            ) : (
              <ExportTableView
                table={built}
                caption={table.caption}
                lang={lang}
                t={t}
                testId={`${testId}-table`}
              />
            );
          }}
        </DataDetails>
      ) : null}
    </Panel>
  );
}
