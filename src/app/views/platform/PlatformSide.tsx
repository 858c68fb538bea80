import { useServices } from '../../../services/context';
import { useUi } from '../../../state/hooks';
import { useT } from '../../../i18n/react';
import { LayerToggles } from '../../LayerToggles';
import { PlatformKpiPanel } from '../../../features/platform/components/PlatformKpiPanel';
import { MunicipalityKpiBlock } from '../../../features/platform/components/MunicipalityKpiBlock';
import { MunicipalityOpenData } from '../../../features/platform/components/MunicipalityOpenData';
import { PlatformKpiStrip } from '../../../features/platform/components/PlatformKpiStrip';
import { CatalogPanel } from '../../../features/platform/components/CatalogPanel';
import { ServicesPanel } from '../../../features/platform/components/ServicesPanel';

/**
 * The platform view's side panels: the four KPIs; once a municipality is picked in a table
 * (`?area=`), its own blocks and its datasets; what each municipality publishes on the linkage
 * platform; the open-data catalogue per municipality; the services built on the platform.
 */
export function PlatformSide() {
  const { store } = useServices();
  const t = useT();
  const area = useUi((s) => s.area);
  return (
    <aside className="side platform-side" data-testid="side">
      <PlatformKpiStrip />
      {area ? (
        <div className="pf-detail" data-testid="pf-detail">
          <MunicipalityKpiBlock code={area} />
          <MunicipalityOpenData code={area} listing />
          <button type="button" onClick={() => store.getState().setArea(null)}>
            {t('pf.detail.close')}
          </button>
        </div>
      ) : null}
      <PlatformKpiPanel />
      <CatalogPanel />
      <ServicesPanel />
      <LayerToggles t={t} />
    </aside>
  );
}
