import type { TFunction } from '../../../i18n';
import { TRANSPORT_MODES } from '../../../domain/tourism';
import type { FlowAggregate } from '../model/flows';
import { modesUsed } from '../model/map-tables';
import { TransportIcon } from './TransportIcon';

type Flow = Pick<FlowAggregate, 'modes' | 'modeRecords'>;

/**
 * How a flow's visitors travelled: one icon per mode, most visitors first. Each icon carries the
 * mode's name (screen readers, tooltip); `TransportKey` names them on the page, so a narrow
 * printed table needs no words in its cells.
 */
export function TransportModes({ flow, t }: { flow: Flow; t: TFunction }) {
  const modes = modesUsed(flow);
  if (modes.length === 0) return <span className="muted">—</span>;
  return (
    <span className="transport-modes">
      {modes.map((m) => (
        <TransportIcon key={m} mode={m} label={t(`filter.mode.${m}`)} />
      ))}
    </span>
  );
}

/** The icons of the modes these flows used, each with its name: the key to `TransportModes`. */
export function TransportKey({ flows, t }: { flows: readonly Flow[]; t: TFunction }) {
  const used = new Set(flows.flatMap((f) => modesUsed(f)));
  const modes = TRANSPORT_MODES.filter((m) => used.has(m));
  if (modes.length === 0) return null;
  return (
    <p className="transport-key muted" data-testid="transport-key">
      {modes.map((m) => (
        <span key={m} className="transport-mode">
          <TransportIcon mode={m} label={t(`filter.mode.${m}`)} />
          <span aria-hidden="true">{t(`filter.mode.${m}`)}</span>
        </span>
      ))}
    </p>
  );
}
