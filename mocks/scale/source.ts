import { createBroker, type Broker, type BrokerOptions, type EntitySource } from '../broker';
import { fixtureEntities } from '../fixtures/load';
import { createTourismSource } from '../tourism/source';
import { shippedBoundaries } from './boundaries';
import { generateScaleSet, SCALE_SEED, type ScaleSet } from './generate';
import { facilityTemplates } from './templates';

export const SCALE_TYPES = ['EvacuationSite', 'DesignatedShelter'] as const;

/** The synthetic set for `count` designations (see generate.ts), built from the fixtures. */
export function scaleSet(count: number, seed = SCALE_SEED): ScaleSet {
  const { byCode } = shippedBoundaries();
  return generateScaleSet(count, facilityTemplates(fixtureEntities(), byCode), byCode, seed);
}

/**
 * Serves a synthetic set as a virtual source (generated once, in memory, never stored or
 * written to disk); the broker pages, filters and represents it like stored entities.
 */
export function createScaleSource(set: ScaleSet): EntitySource {
  const byType = new Map<string, ScaleSet['entities']>(SCALE_TYPES.map((t) => [t, []]));
  for (const e of set.entities) byType.get(e.type)?.push(e);
  return {
    types: SCALE_TYPES,
    entities: (type) => byType.get(type) ?? [],
  };
}

export interface ScaleBrokerOptions extends Partial<BrokerOptions> {
  count: number;
  seed?: number;
  tourismNow?: () => number;
}

/** A broker whose masters are the synthetic set instead of the fixtures (tourism as usual). */
export function createScaleBroker(options: ScaleBrokerOptions): { broker: Broker; set: ScaleSet } {
  const { count, seed, tourismNow, ...brokerOptions } = options;
  const set = scaleSet(count, seed);
  const broker = createBroker(brokerOptions);
  broker.addSource(createScaleSource(set));
  broker.addSource(createTourismSource({ now: tourismNow }));
  return { broker, set };
}
