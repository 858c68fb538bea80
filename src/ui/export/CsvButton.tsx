import type { TFunction } from '../../i18n';
import { downloadText } from './download';
import { exportFilename } from './filename';
import { ExportButton } from './ExportButton';
import { useExportAction } from './use-export-action';

/**
 * Saves `build()` as `nagasaki-<filename>-<YYYYMMDD-HHmm>-jst.csv` (JST, the time of the
 * click). The CSV is built only when asked for; a failure is shown beside the button.
 */
export function CsvButton({
  filename,
  build,
  label,
  subject,
  t,
  testId,
  now = Date.now,
}: {
  /** The `<what>` part of the name, e.g. `municipalities`. */
  filename: string;
  build: () => string;
  label: string;
  /** What is saved, for screen readers (the panel's title). */
  subject?: string;
  t: TFunction;
  testId?: string;
  now?: () => number;
}) {
  const { run, busy, error } = useExportAction();
  return (
    <ExportButton
      label={label}
      subject={subject}
      onClick={() => run(() => downloadText(exportFilename(filename, 'csv', now()), build()))}
      busy={busy}
      error={error}
      t={t}
      testId={testId}
    />
  );
}
