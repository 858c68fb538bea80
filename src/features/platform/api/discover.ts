/**
 * Which of the broker's types name their municipality. `/types?details=true` lists attribute
 * names on most brokers; for a type listed without them, one count of entities that have the
 * attribute at all (`q=localGovernmentCode`, an existence query) decides.
 */
import type { NgsiClient } from '../../../api/ngsi/client';
import type { TypeDetail } from '../../../api/ngsi/types-list';
import type { Attribution } from '../model/types';
import { measure } from './outcome';
import { mapLimited } from './pool';
import { CODE_ATTRIBUTE } from './read-newest';

export interface DiscoveredType {
  name: string;
  /** Carries `localGovernmentCode`. Undefined: the broker could not say (probe refused/failed). */
  attributable: boolean | undefined;
  attribution: Attribution;
}

/** `localGovernmentCode`, also as an IRI a broker did not compact (`…/localGovernmentCode`). */
export function namesCodeAttribute(names: readonly string[]): boolean {
  return names.some(
    (n) =>
      n === CODE_ATTRIBUTE || n.endsWith(`/${CODE_ATTRIBUTE}`) || n.endsWith(`#${CODE_ATTRIBUTE}`),
  );
}

export async function discoverTypes(
  client: NgsiClient,
  types: readonly TypeDetail[],
  inFlight: number,
  now: () => number,
  signal?: AbortSignal,
): Promise<DiscoveredType[]> {
  return mapLimited(types, inFlight, async (t): Promise<DiscoveredType> => {
    if (t.attributeNames !== undefined)
      return {
        name: t.name,
        attributable: namesCodeAttribute(t.attributeNames),
        attribution: 'attributeNames',
      };
    const probe = await measure(
      () => client.countEntities({ type: t.name, q: CODE_ATTRIBUTE, signal }),
      now,
    );
    const count = probe.state === 'ok' ? probe.value : undefined;
    return {
      name: t.name,
      attributable: count === undefined ? undefined : count > 0,
      attribution: 'probe',
    };
  });
}
