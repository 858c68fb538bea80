import type { RequestHandler } from 'msw';
import { createCatalog, createCatalogHandlers } from '../catalog';
import { createDefaultBroker } from '../fixtures/load';
import { createHandlers } from '../handlers';
import { lazyObject } from '../lazy';
import { createScenarioDriver, drillScenarioOf, type ScenarioDriver } from '../scenarios';
import type { MockWorkerOptions } from './protocol';

export interface EmbeddedMock {
  handlers: RequestHandler[];
  /** The running drill, if the scenario is one. */
  drill: ScenarioDriver | undefined;
}

/**
 * The embedded mock, built where it runs (the mock's worker): the broker seeded with the
 * fixtures, the mock CKAN catalogue (built when first asked), the drill's driver ticking, and
 * the same handlers as the HTTP mock and the tests.
 */
export function createEmbeddedMock(options: MockWorkerOptions): EmbeddedMock {
  const { scenario = 'baseline', speed, contextUrl, tenant } = options;
  const scenarioOf = drillScenarioOf(scenario);
  // Filled once the broker exists: the broker reads the drill, and the drill writes the broker.
  const running: { drill?: ScenarioDriver } = {};
  const broker = createDefaultBroker({
    ...(contextUrl !== undefined && { contextUrl }),
    ...(tenant !== undefined && { tenant }),
    // The services' status follows the drill's storm, read at each query.
    stormMinute: () => running.drill?.stormMinutes(),
  });
  const drill = scenarioOf
    ? createScenarioDriver(broker, { scenario: scenarioOf, speed, tenant })
    : undefined;
  running.drill = drill;
  const catalog = lazyObject(createCatalog);
  return {
    handlers: [...createHandlers(broker), ...createCatalogHandlers(catalog.value)],
    drill,
  };
}
