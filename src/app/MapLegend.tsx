import type { OccupancyBand } from '../domain/live';
import { FACILITY_ROLES } from '../domain/types';
import type { TFunction } from '../i18n';
import { BAND_COLORS, cssColor } from '../ui/color/bands';
import { LEVEL_COLORS } from '../features/operations/model/levels';
import { CONTEXT_DESIGNATED, ROLE_COLORS } from '../features/operations/layers/facility-layer';
import type { ServiceStatus } from '../domain/lifelines';
import { STATUS_COLORS, STATUS_ORDER } from '../ui/color/lifelines';

const BANDS: OccupancyBand[] = [
  'vacant',
  'somewhatCrowded',
  'crowded',
  'full',
  'closed',
  'unknown',
];
const LEVELS = [5, 4, 3] as const;

function Item({
  color,
  square,
  line,
  label,
}: {
  color: string;
  square?: boolean;
  line?: boolean;
  label: string;
}) {
  return (
    <li>
      <span
        className={line ? 'swatch line' : square ? 'swatch square' : 'swatch'}
        style={line ? { color } : { background: color }}
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
export function MapLegend({
  live,
  statuses,
  t,
}: {
  live: boolean;
  /** The statuses of the ferry and air services drawn (their lines' colours). */
  statuses: ReadonlySet<ServiceStatus>;
  t: TFunction;
}) {
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
      {statuses.size > 0 ? (
        <ul data-testid="lifeline-legend" aria-label={t('life.legend.title')}>
          {STATUS_ORDER.filter((s) => statuses.has(s)).map((s) => (
            <Item key={s} line color={cssColor(STATUS_COLORS[s])} label={t(`life.status.${s}`)} />
          ))}
          <li className="legend-note">
            {t('life.legend.sea')}
            {t('headline.separator')}
            {t('life.legend.air')}
          </li>
        </ul>
      ) : null}
    </div>
  );
}
