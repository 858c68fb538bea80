import type { OperationsData } from '../features/operations/api/use-operations';
import { useT } from './context';
import { LayerToggles } from './LayerToggles';

/** A briefing about one municipality (or the prefecture) beside its map. */
export function BriefingSide({ ops }: { ops: OperationsData }) {
  const t = useT();
  void ops;
  return (
    <aside className="side briefing-side" data-testid="side">
      <LayerToggles t={t} />
    </aside>
  );
}
