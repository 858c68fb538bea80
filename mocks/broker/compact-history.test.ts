import { describe, expect, it } from 'vitest';
import { createBroker } from './broker';
import { brokerRequest, shelter } from './testing';

const ID = 'urn:ngsi-ld:EvacuationShelter:1';
const at = (value: number | string, observedAt: string) => ({ value, observedAt });

function seeded() {
  const broker = createBroker();
  // No observedAt on the upsert: the only history is what appendHistory adds.
  broker.upsert(shelter(1, 'open', 5));
  broker.appendHistory(ID, 'evacueeTotal', [
    at(1, '2026-09-01T00:00:00Z'),
    at(2, '2026-09-01T01:00:00Z'),
  ]);
  broker.appendHistory(ID, 'openingStatus', [at('open', '2026-09-01T00:00:00Z')]);
  return broker;
}

describe('broker.compactHistory', () => {
  it('keeps what the filter returns, drops empty histories and counts the rest', () => {
    const broker = seeded();
    const cutoff = Date.parse('2026-09-01T00:30:00Z');
    const dropped = broker.compactHistory((list, attribute) =>
      attribute === 'openingStatus' ? [] : list.filter((i) => Date.parse(i.observedAt) >= cutoff),
    );
    expect(dropped).toBe(2);
    const res = broker.queryTemporal(
      brokerRequest('/temporal/entities?type=EvacuationShelter&options=temporalValues'),
    );
    expect(res.body).toEqual([
      {
        id: ID,
        type: 'EvacuationShelter',
        evacueeTotal: { type: 'Property', values: [[2, '2026-09-01T01:00:00Z']] },
      },
    ]);
    // The current value is untouched.
    expect(broker.getEntity(ID)?.evacueeTotal).toMatchObject({ value: 5 });
  });

  it('leaves a history alone when the filter returns the same list; limits to one tenant', () => {
    const broker = seeded();
    broker.upsert(shelter(1, 'open', 5), { observedAt: '2026-09-01T03:00:00Z', tenant: 'other' });
    expect(broker.compactHistory((list) => list)).toBe(0);
    const otherCount = Object.keys(shelter(1, 'open', 5)).length - 2;
    expect(broker.compactHistory(() => [], 'other')).toBe(otherCount);
    expect(broker.compactHistory(() => [])).toBe(3);
  });
});
