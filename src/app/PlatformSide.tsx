import { useT } from './context';
import { LayerToggles } from './LayerToggles';

/** The platform view's side panels: what each municipality publishes on the linkage platform. */
export function PlatformSide() {
  const t = useT();
  return (
    <aside className="side platform-side" data-testid="side">
      <LayerToggles t={t} />
    </aside>
  );
}
