import { HAZARD_TYPES, type HazardType } from '../../../domain/types';
import type { TFunction } from '../../../i18n';

/**
 * The hazards the map judges shelters against. "Auto" follows the active disaster event;
 * choosing any hazard overrides it (kept in the URL).
 */
export function HazardFilter(props: {
  chosen: readonly HazardType[] | null;
  active: readonly HazardType[];
  onChange: (h: HazardType[] | null) => void;
  t: TFunction;
}) {
  const { chosen, active, onChange, t } = props;
  const toggle = (h: HazardType) => {
    const base = chosen ?? active;
    const next = base.includes(h) ? base.filter((x) => x !== h) : [...base, h];
    onChange(HAZARD_TYPES.filter((x) => next.includes(x)));
  };
  return (
    <fieldset className="hazard-filter" data-testid="hazard-filter">
      <legend>{t('hazard.filter')}</legend>
      <label className="chip">
        <input
          type="checkbox"
          checked={chosen === null}
          onChange={() => onChange(chosen === null ? [...active] : null)}
        />
        {t('hazard.filter.auto')}
      </label>
      {HAZARD_TYPES.map((h) => (
        <label key={h} className="chip">
          <input type="checkbox" checked={active.includes(h)} onChange={() => toggle(h)} />
          {t(`hazard.${h}`)}
        </label>
      ))}
    </fieldset>
  );
}
