import type { TFunction } from '../../../i18n';
import { formatNumber, type Lang } from '../../../i18n';
import { cssColor } from '../../../ui/color/bands';
import type { TourismAtCursor } from '../hooks/use-tourism-view';
import { ARC_KINDS } from '../layers/arcs';
import { FLOW_LEGEND, NO_DATA, PRESENCE_RAMP, presenceBreaks } from '../layers/colors';

/** The ramp's classes as number ranges: [from, to] per step, the last up to the largest count. */
export function presenceClasses(max: number): Array<[number, number]> {
  const breaks = presenceBreaks(max);
  const starts = [0, ...breaks];
  return starts.map((from, i): [number, number] => [from, (starts[i + 1] ?? max + 1) - 1]);
}

/**
 * Presence classes with their numbers (people present in the cursor's hour; the ramp follows
 * the largest count on screen), the no-data swatch, and the flow hues drawn.
 */
export function TourismLegend({ at, lang, t }: { at: TourismAtCursor; lang: Lang; t: TFunction }) {
  const n = (v: number) => formatNumber(lang, v);
  const kinds = new Set(at.arcs.map((a) => a.kind));
  return (
    <aside
      className="map-legend tourism-legend"
      data-testid="tourism-legend"
      aria-label={t('legend.title')}
    >
      <div className="legend-title">{t('legend.presence')}</div>
      {at.presenceMax > 0 ? (
        <ul className="legend-classes" data-testid="presence-classes">
          {presenceClasses(at.presenceMax).map(([from, to], i) => (
            <li key={from}>
              <span
                className="swatch square"
                style={{ background: cssColor([...PRESENCE_RAMP[i]!]) }}
              />
              {from === to ? n(from) : t('legend.range', { from: n(from), to: n(to) })}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="legend-item">
        <span className="swatch hatched" style={{ background: cssColor(NO_DATA) }} />
        {t('legend.noData')}
      </div>
      <div className="legend-title">{t('legend.flows')}</div>
      {ARC_KINDS.filter((k) => k !== 'unknown' || kinds.has(k)).map((k) => (
        <div className="legend-item" key={k}>
          <span className="line-swatch" style={{ background: cssColor([...FLOW_LEGEND[k]]) }} />
          {t(`legend.kind.${k}`)}
        </div>
      ))}
      {at.hiddenArcs > 0 ? (
        <div className="muted">{t('legend.hiddenArcs', { n: at.hiddenArcs })}</div>
      ) : null}
      {at.unplacedFlows > 0 ? (
        <div className="muted">{t('legend.unplacedFlows', { n: at.unplacedFlows })}</div>
      ) : null}
      {at.suppressedFlows > 0 ? (
        <div className="muted">{t('legend.suppressedFlows', { n: at.suppressedFlows })}</div>
      ) : null}
    </aside>
  );
}
