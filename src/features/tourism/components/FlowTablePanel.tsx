import { ExportPanel } from '../../../ui/export/ExportPanel';
import { useMemo } from 'react';
import type { TFunction } from '../../../i18n';
import { formatNumber, type Lang } from '../../../i18n';
import { jstDateOf } from '../../../domain/jst';
import type { TourismAtCursor } from '../hooks/use-tourism-view';
import { flowTable } from '../model/map-tables';
import { originLabel } from './format';

/**
 * The arcs' text alternative: every flow of the cursor's day (origin, destination, visitors,
 * sea crossing, modes), marked where the map draws it, with its CSV.
 */
export function FlowTablePanel({ at, lang, t }: { at: TourismAtCursor; lang: Lang; t: TFunction }) {
  const date = jstDateOf(at.day.fromMs);
  const table = useMemo(() => {
    const drawn = new Set(at.arcs.map((a) => a.pair));
    return flowTable(at.flows, drawn, {
      route: t('export.flows.route'),
      visitors: t('export.flows.visitors'),
      sea: t('export.flows.sea'),
      mode: t('export.flows.mode'),
      onMap: t('export.flows.onMap'),
      place: (o) => originLabel(o.code, lang, t),
      municipality: (code) => originLabel(code, lang, t),
      modeName: (m) => t(`filter.mode.${m}`),
      number: (n) => formatNumber(lang, n),
    });
  }, [at.flows, at.arcs, lang, t]);
  const title = t('export.flows.title', { date });
  return (
    <ExportPanel
      title={title}
      id="tourism-flow-table"
      filename={`flows-${date}`}
      testId="flow"
      table={{
        build: () => table,
        caption: t('export.flows.caption', { date }),
        summary: t('export.mapTable'),
        empty: t('export.flows.none'),
      }}
      lang={lang}
      t={t}
    />
  );
}
