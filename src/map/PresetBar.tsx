import { PRESET_IDS, type PresetId } from '../domain/presets';
import type { TFunction } from '../i18n';

export function PresetBar({
  value,
  onChange,
  t,
}: {
  value: PresetId;
  onChange: (p: PresetId) => void;
  t: TFunction;
}) {
  return (
    <nav className="preset-bar" aria-label={t('preset.title')}>
      {PRESET_IDS.map((id) => (
        <button
          key={id}
          type="button"
          aria-pressed={id === value}
          onClick={() => onChange(id)}
          data-preset={id}
        >
          {t(`preset.${id}`)}
        </button>
      ))}
    </nav>
  );
}
