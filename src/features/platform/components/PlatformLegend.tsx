import type { TFunction } from '../../../app/context';
import type { PlatformLayerData } from '../layers/datasets-layer';
import { cssRgb, datasetColor, UNKNOWN_FILL } from '../layers/colors';
import './platform.css';

/** The map's key: one swatch per possible number of datasets, and the unknown one. */
export function PlatformLegend({ data, t }: { data: PlatformLayerData; t: TFunction }) {
  const steps = Array.from({ length: data.maxTypes + 1 }, (_, n) => n);
  return (
    <aside className="map-legend pf-legend" data-testid="pf-legend">
      <div className="legend-title">{t('pf.legend.title')}</div>
      <ul>
        {steps.map((n) => (
          <li key={n} className="legend-item">
            <span
              className="swatch"
              style={{ background: cssRgb(datasetColor(n, data.maxTypes)) }}
              aria-hidden="true"
            />
            {t('pf.legend.count', { n })}
          </li>
        ))}
        <li className="legend-item">
          <span
            className="swatch pf-hatched"
            style={{ background: cssRgb(UNKNOWN_FILL) }}
            aria-hidden="true"
          />
          {t('pf.legend.unknown')}
        </li>
      </ul>
    </aside>
  );
}
