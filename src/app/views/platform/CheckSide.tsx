import { ConnectionCheck } from '../../../features/platform/components/ConnectionCheck';

/** The connection check's side panel (`?screen=check`), beside the one map. */
export function CheckSide() {
  return (
    <aside className="side platform-side check-side" data-testid="side">
      <ConnectionCheck />
    </aside>
  );
}
