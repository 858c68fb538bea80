import { performance } from 'node:perf_hooks';
import { fixtureEntities } from '../../mocks/fixtures/load';
import { flattenEntity } from '../../src/api/ngsi/representation/entity';
import { validateFeed } from '../../src/api/entities/validate-feed';
import { parseDesignatedShelter, parseEvacuationSite } from '../../src/api/entities/masters';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Parse + validate + normalise of the 3,335 masters in normalized form, beside JSON.parse
 * of the same bytes. Same process, same payload, interleaved runs, medians.
 */
export function parseBench(runs = 25) {
  const entities = fixtureEntities();
  const sites = JSON.stringify(entities.filter((e) => e.type === 'EvacuationSite'));
  const shelters = JSON.stringify(entities.filter((e) => e.type === 'DesignatedShelter'));
  const jsonOnly: number[] = [];
  const full: number[] = [];
  let accepted = 0;
  for (let i = 0; i < runs + 3; i++) {
    let t = performance.now();
    JSON.parse(sites);
    JSON.parse(shelters);
    const a = performance.now() - t;
    t = performance.now();
    const s = validateFeed(
      JSON.parse(sites) as unknown[],
      'EvacuationSite',
      flattenEntity,
      parseEvacuationSite,
    );
    const d = validateFeed(
      JSON.parse(shelters) as unknown[],
      'DesignatedShelter',
      flattenEntity,
      parseDesignatedShelter,
    );
    const b = performance.now() - t;
    accepted = s.items.length + d.items.length;
    if (i >= 3) {
      jsonOnly.push(a);
      full.push(b);
    }
  }
  return {
    entities: accepted,
    payloadBytes: sites.length + shelters.length,
    jsonParseMs: median(jsonOnly),
    parseValidateNormaliseMs: median(full),
    ratio: median(full) / median(jsonOnly),
  };
}
