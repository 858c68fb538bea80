import type { OccupancyBand } from '../../../domain/live';
import type { TFunction } from '../../../app/context';
import { BAND_COLORS, cssColor } from '../layers/band-colors';
import { LEVEL_COLORS } from '../model/levels';

const BANDS: OccupancyBand[] = [
  'vacant',
  'somewhatCrowded',
  'crowded',
  'full',
  'closed',
  'unknown',
];
const LEVELS = [5, 4, 3] as const;

/** Band and level key, drawn over the map corner so the wall needs no side panel for it. */
export function LiveLegend({ t }: { t: TFunction }) {
  return (
    <div className="live-legend" data-testid="live-legend">
      <ul>
        {BANDS.map((b) => (
          <li key={b}>
            <span
              className="swatch"
              style={{ background: cssColor(BAND_COLORS[b]) }}
              aria-hidden="true"
            />
            {t(`band.${b}`)}
          </li>
        ))}
      </ul>
      <ul>
        {LEVELS.map((l) => (
          <li key={l}>
            <span
              className="swatch square"
              style={{ background: cssColor(LEVEL_COLORS[l]) }}
              aria-hidden="true"
            />
            {t(`level.${l}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
