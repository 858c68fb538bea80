import type { OccupancyBand } from '../domain/live';
import { FACILITY_ROLES } from '../domain/types';
import type { TFunction } from '../i18n';
import { BAND_COLORS, cssColor } from '../ui/color/bands';
import { LEVEL_COLORS } from '../features/operations/model/levels';
import { CONTEXT_DESIGNATED, ROLE_COLORS } from '../features/operations/layers/facility-layer';

const BANDS: OccupancyBand[] = [
  'vacant',
  'somewhatCrowded',
  'crowded',
  'full',
  'closed',
  'unknown',
];
const LEVELS = [5, 4, 3] as const;

function Item({ color, square, label }: { color: string; square?: boolean; label: string }) {
  return (
    <li>
      <span
        className={square ? 'swatch square' : 'swatch'}
        style={{ background: color }}
        aria-hidden="true"
      />
      {label}
    </li>
  );
}

/**
 * The map's key, over its corner, on every operations map including a quiet day's: the
 * markers (occupancy bands during an event, facility kinds otherwise) and the level shading.
 * The wall has no side panel to explain its colours, so the key is always there.
 */
export function MapLegend({ live, t }: { live: boolean; t: TFunction }) {
  return (
    <div className="live-legend" data-testid="map-legend" data-live={live ? '1' : '0'}>
      <ul>
        {live ? (
          <>
            {BANDS.map((b) => (
              <Item key={b} color={cssColor(BAND_COLORS[b])} label={t(`band.${b}`)} />
            ))}
            <Item color={cssColor(CONTEXT_DESIGNATED)} label={t('legend.context')} />
          </>
        ) : (
          FACILITY_ROLES.map((r) => (
            <Item key={r} color={cssColor(ROLE_COLORS[r])} label={t(`kind.${r}`)} />
          ))
        )}
      </ul>
      <ul>
        {LEVELS.map((l) => (
          <Item key={l} square color={cssColor(LEVEL_COLORS[l])} label={t(`level.${l}`)} />
        ))}
      </ul>
    </div>
  );
}
