import type { RefObject } from 'react';
import type { TFunction } from '../../i18n';
import { chartPng } from './chart-png';
import { downloadBlob } from './download';
import { exportFilename } from './filename';
import { ExportButton } from './ExportButton';
import { useExportAction } from './use-export-action';

/**
 * Saves the chart inside `target` as `nagasaki-<filename>-<YYYYMMDD-HHmm>-jst.png`, drawn at
 * 2× with a header (title, as-of line) and a credit line. A failure (no chart on screen, the
 * browser refusing the canvas) is shown beside the button.
 */
export function PngButton({
  target,
  filename,
  title,
  asOf,
  credit,
  label,
  subject,
  t,
  testId,
  now = Date.now,
}: {
  target: RefObject<HTMLElement | null>;
  /** The `<what>` part of the name, e.g. `trends`. */
  filename: string;
  title: string;
  /** The header's second line, e.g. "2026/08/10 12:00 JST 時点". */
  asOf?: string | undefined;
  credit?: string | undefined;
  label: string;
  subject?: string;
  t: TFunction;
  testId?: string;
  now?: () => number;
}) {
  const { run, busy, error } = useExportAction();
  const save = async () => {
    const el = target.current;
    if (!el) throw new Error(t('export.noChart'));
    const name = exportFilename(filename, 'png', now());
    const blob = await chartPng(el, {
      title,
      ...(asOf !== undefined && { asOf }),
      ...(credit !== undefined && { credit }),
    });
    downloadBlob(name, blob);
  };
  return (
    <ExportButton
      label={label}
      subject={subject}
      onClick={() => run(save)}
      busy={busy}
      error={error}
      t={t}
      testId={testId}
    />
  );
}
