import type { TFunction } from '../../../app/context';
import type { FlowAggregate } from '../model/flows';
import { modesUsed } from '../model/map-tables';
import { TransportIcon } from './TransportIcon';

/** How a flow's visitors travelled: an icon and the mode's name per mode, most visitors first. */
export function TransportModes({
  flow,
  t,
}: {
  flow: Pick<FlowAggregate, 'modes' | 'modeRecords'>;
  t: TFunction;
}) {
  const modes = modesUsed(flow);
  if (modes.length === 0) return <span className="muted">—</span>;
  return (
    <span className="transport-modes">
      {modes.map((m) => (
        <span key={m} className="transport-mode" data-mode={m}>
          <TransportIcon mode={m} label={t(`filter.mode.${m}`)} />
          <span aria-hidden="true">{t(`filter.mode.${m}`)}</span>
        </span>
      ))}
    </span>
  );
}
