import type { TFunction } from '../../../app/context';
import { cssColor } from '../../operations/layers/band-colors';
import { FLOW_LEGEND, NO_DATA, PRESENCE_RAMP } from '../layers/colors';

/** Presence ramp, the no-data swatch, and the two flow hues. */
export function TourismLegend({
  hiddenArcs,
  unplacedFlows,
  suppressedFlows,
  t,
}: {
  hiddenArcs: number;
  unplacedFlows: number;
  suppressedFlows: number;
  t: TFunction;
}) {
  return (
    <aside
      className="map-legend tourism-legend"
      data-testid="tourism-legend"
      aria-label={t('legend.title')}
    >
      <div className="legend-title">{t('legend.presence')}</div>
      <div className="ramp" aria-hidden="true">
        {PRESENCE_RAMP.map((c, i) => (
          <span key={i} style={{ background: cssColor([...c]) }} />
        ))}
      </div>
      <div className="ramp-ends">
        <span>{t('legend.few')}</span>
        <span>{t('legend.many')}</span>
      </div>
      <div className="legend-item">
        <span className="swatch hatched" style={{ background: cssColor(NO_DATA) }} />
        {t('legend.noData')}
      </div>
      <div className="legend-title">{t('legend.flows')}</div>
      <div className="legend-item">
        <span className="line-swatch" style={{ background: cssColor(FLOW_LEGEND.sea) }} />
        {t('legend.sea')}
      </div>
      <div className="legend-item">
        <span className="line-swatch" style={{ background: cssColor(FLOW_LEGEND.land) }} />
        {t('legend.land')}
      </div>
      {hiddenArcs > 0 ? (
        <div className="muted">{t('legend.hiddenArcs', { n: hiddenArcs })}</div>
      ) : null}
      {unplacedFlows > 0 ? (
        <div className="muted">{t('legend.unplacedFlows', { n: unplacedFlows })}</div>
      ) : null}
      {suppressedFlows > 0 ? (
        <div className="muted">{t('legend.suppressedFlows', { n: suppressedFlows })}</div>
      ) : null}
    </aside>
  );
}
