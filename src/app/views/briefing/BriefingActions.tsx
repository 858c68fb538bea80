import { useState, type RefObject } from 'react';
import type { TFunction } from '../../../i18n';
import type { MapSnapshot } from '../../../map/MapView';
import { ExportButton } from '../../../ui/export/ExportButton';
import { useExportAction } from '../../../ui/export/use-export-action';
import { downloadBlob } from '../../../ui/export/download';
import { exportFilename } from '../../../ui/export/filename';
import { mapPng } from './map-png';

/** Print (the stylesheet lays it out on A4 landscape) and the map as an image. */
export function BriefingActions(props: {
  snapshotRef: RefObject<MapSnapshot | null>;
  title: string;
  asOf: string;
  credit: string;
  fileWhat: string;
  t: TFunction;
}) {
  const { snapshotRef, title, asOf, credit, fileWhat, t } = props;
  const { run, busy, error } = useExportAction();
  const [preparing, setPreparing] = useState(false);
  // The printed map is drawn at the paper's size first (a moment), then the browser prints.
  const print = async () => {
    setPreparing(true);
    try {
      await snapshotRef.current?.preparePrint();
    } finally {
      setPreparing(false);
    }
    window.print();
  };
  const saveMap = async () => {
    const picture = snapshotRef.current?.now();
    if (!picture) throw new Error(t('brief.mapPngFailed'));
    const blob = await mapPng(picture, { title, asOf, credit });
    downloadBlob(exportFilename(`map-${fileWhat}`, 'png', Date.now()), blob);
  };
  return (
    <div className="brief-actions no-print">
      <button
        type="button"
        data-testid="brief-print"
        onClick={() => void print()}
        disabled={preparing}
        aria-busy={preparing}
      >
        {t('brief.print')}
      </button>
      <ExportButton
        label={t('brief.mapPng')}
        onClick={() => run(saveMap)}
        busy={busy}
        error={error}
        t={t}
        testId="brief-map-png"
      />
    </div>
  );
}
