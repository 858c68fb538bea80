import { useServices } from '../../../services/context';
import { useUi } from '../../../state/hooks';
import { useT } from '../../../i18n/react';
import { useNow } from '../../../ui/hooks/use-now';
import { islandsPollMs, useIslandsToday } from '../../../features/operations/api/use-islands-today';
import { IslandsPanel } from '../../../features/operations/components/IslandsPanel';
import type { OperationsData } from '../../../features/operations/api/use-operations';

/** Minute by minute: the estimate moves as departures leave. */
const TICK_MS = 60_000;

/** The islands' visitors who cannot leave, now: on the operations desk, and on the wall (`desk` false). */
export function OpsIslands({ ops, desk }: { ops: OperationsData; desk: boolean }) {
  const { config } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const now = useNow(TICK_MS);
  const islands = useIslandsToday(now, ops.lifelines, ops.masters.shelters.data !== undefined);
  return (
    <IslandsPanel
      islands={islands}
      totals={ops.totals}
      pollMs={islandsPollMs(config.pollSeconds)}
      now={now}
      routes={desk}
      definitions={desk}
      lang={lang}
      t={t}
    />
  );
}
