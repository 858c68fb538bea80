import { useServices } from '../../../services/context';
import { useUi } from '../../../state/hooks';
import { useT } from '../../../i18n/react';
import { LayerToggles } from '../../LayerToggles';
import { PlatformKpiPanel } from '../../../features/platform/components/PlatformKpiPanel';
import { MunicipalityKpiBlock } from '../../../features/platform/components/MunicipalityKpiBlock';

/**
 * The platform view's side panels: what each municipality publishes on the linkage platform,
 * and, once a municipality is picked in the table (`?area=`), its own block.
 */
export function PlatformSide() {
  const { store } = useServices();
  const t = useT();
  const area = useUi((s) => s.area);
  return (
    <aside className="side platform-side" data-testid="side">
      {area ? (
        <div className="pf-detail" data-testid="pf-detail">
          <MunicipalityKpiBlock code={area} />
          <button type="button" onClick={() => store.getState().setArea(null)}>
            {t('pf.detail.close')}
          </button>
        </div>
      ) : null}
      <PlatformKpiPanel />
      <LayerToggles t={t} />
    </aside>
  );
}
