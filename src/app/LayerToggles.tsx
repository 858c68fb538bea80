import { LAYER_REGISTRY } from './layer-registry';
import { useServices } from '../services/context';
import { useUi } from '../state/hooks';
import type { TFunction } from '../i18n';

/** One switch per registered map layer: the same list the map builds from. */
export function LayerToggles({ t }: { t: TFunction }) {
  const { store } = useServices();
  const off = useUi((s) => s.layersOff);
  const screen = useUi((s) => s.screen);
  return (
    <fieldset className="legend" data-testid="layer-toggles">
      <legend>{t('layer.title')}</legend>
      {LAYER_REGISTRY.filter((d) => d.screens.includes(screen)).map((d) => (
        <label key={d.id} className="legend-item">
          <input
            type="checkbox"
            checked={!off.includes(d.id)}
            onChange={() => store.getState().toggleLayer(d.id)}
          />
          {t(d.label)}
        </label>
      ))}
    </fieldset>
  );
}
