import { useUi } from '../../../state/hooks';
import { formatNumber, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import type { PlatformLayerData } from '../layers/records-layer';
import { classBounds, cssRgb, RATE_RAMP, UNKNOWN_FILL } from '../layers/colors';
import './platform.css';

function classLabel(step: number, lang: Lang, t: TFunction): string {
  if (step === 0) return t('pf.legend.none');
  const { from, to } = classBounds(step);
  const n = (v: number) => formatNumber(lang, v);
  if (from === 0 && to !== undefined) return t('pf.legend.under', { to: n(to) });
  if (to === undefined) return t('pf.legend.atLeast', { from: n(from) });
  return t('pf.legend.range', { from: n(from), to: n(to) });
}

/**
 * The map's key: records per 10,000 residents, one swatch per class with its bounds and how
 * many municipalities fall in it; "no records" and "count unknown" apart.
 */
export function PlatformLegend({ data, t }: { data: PlatformLayerData; t: TFunction }) {
  const lang = useUi((s) => s.lang);
  const n = (v: number) => formatNumber(lang, v);
  return (
    <aside className="map-legend pf-legend" data-testid="pf-legend">
      <table>
        <caption className="legend-title">{t('pf.legend.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pf.legend.class')}</th>
            <th scope="col" className="pf-legend-count">
              {t('pf.legend.municipalities')}
            </th>
          </tr>
        </thead>
        <tbody>
          {RATE_RAMP.map((rgb, step) => (
            <tr
              key={step}
              data-testid="pf-legend-class"
              data-step={step}
              data-rgb={rgb.join(',')}
              data-count={data.classCounts[step] ?? 0}
            >
              <td>
                <span
                  className="swatch"
                  style={{ background: cssRgb([...rgb, 255]) }}
                  aria-hidden="true"
                />
                {classLabel(step, lang, t)}
              </td>
              <td className="pf-legend-count">{n(data.classCounts[step] ?? 0)}</td>
            </tr>
          ))}
          <tr data-step="unknown" data-count={data.unknown}>
            <td>
              <span
                className="swatch pf-hatched"
                style={{ background: cssRgb(UNKNOWN_FILL) }}
                aria-hidden="true"
              />
              {t('pf.legend.unknown')}
            </td>
            <td className="pf-legend-count">{n(data.unknown)}</td>
          </tr>
        </tbody>
      </table>
      <p className="legend-note">{t('pf.legend.source')}</p>
      {data.partial ? <p className="legend-note pf-warn">{t('pf.legend.partial')}</p> : null}
    </aside>
  );
}
