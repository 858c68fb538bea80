import { useServices } from '../../../services/context';
import { useUi } from '../../../state/hooks';
import { useT } from '../../../i18n/react';
import { formatJstMinute } from '../../../i18n';
import { jstDateOf } from '../../../domain/jst';
import { useNow } from '../../../ui/hooks/use-now';
import { islandsPollMs, useIslandsToday } from '../../../features/operations/api/use-islands-today';
import { IslandsPanel } from '../../../features/operations/components/IslandsPanel';
import type { OperationsData } from '../../../features/operations/api/use-operations';

/**
 * Visitors who cannot leave the islands, at the time cursor when it is on today and not in
 * the future; otherwise now, and the panel says so: the services are known for today only.
 */
export function TourismIslands({
  cursor,
  ops,
}: {
  cursor: number;
  ops: Pick<OperationsData, 'lifelines' | 'totals'>;
}) {
  const { config } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const now = useNow(60_000);
  const onToday = jstDateOf(cursor) === jstDateOf(now) && cursor <= now;
  const at = onToday ? cursor : now;
  const islands = useIslandsToday(at, ops.lifelines);
  return (
    <div data-testid="tourism-islands" data-at={at} data-on-cursor={onToday ? '1' : '0'}>
      <IslandsPanel
        islands={islands}
        totals={ops.totals}
        pollMs={islandsPollMs(config.pollSeconds)}
        now={now}
        routes={false}
        definitions
        lang={lang}
        t={t}
      />
      {onToday ? null : (
        <p className="muted" data-testid="tourism-islands-now">
          {t('life.notToday', { time: formatJstMinute(lang, at) })}
        </p>
      )}
    </div>
  );
}
