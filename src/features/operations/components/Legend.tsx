import type { FacilityRole } from '../../../domain/types';
import { FACILITY_ROLES } from '../../../domain/types';
import type { TFunction } from '../../../i18n';
import { ROLE_COLORS } from '../layers/facility-layer';

const css = (role: FacilityRole) => {
  const [r, g, b] = ROLE_COLORS[role];
  return `rgb(${r} ${g} ${b})`;
};

/** Legend and layer toggles in one: the colour a person sees is the switch they press. */
export function Legend({
  hidden,
  onToggle,
  t,
}: {
  hidden: readonly FacilityRole[];
  onToggle: (r: FacilityRole) => void;
  t: TFunction;
}) {
  return (
    <fieldset className="legend">
      <legend>{t('legend.title')}</legend>
      {FACILITY_ROLES.map((role) => (
        <label key={role} className="legend-item">
          <input
            type="checkbox"
            checked={!hidden.includes(role)}
            onChange={() => onToggle(role)}
            aria-label={t('legend.toggle', { kind: t(`kind.${role}`) })}
          />
          <span className="swatch" style={{ background: css(role) }} aria-hidden="true" />
          {t(`kind.${role}`)}
        </label>
      ))}
      <p className="legend-note">
        <span className="swatch ring" aria-hidden="true" />
        {t('legend.alsoSite')}
      </p>
    </fieldset>
  );
}
