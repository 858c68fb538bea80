import type { FlatAttr } from './flat-types';

function timeOf(attr: FlatAttr): number {
  const t = attr.observedAt === undefined ? NaN : Date.parse(attr.observedAt);
  return Number.isNaN(t) ? -Infinity : t;
}

/**
 * The instance a multi-attribute stands for: the default instance (no `datasetId`), else
 * the latest `observedAt`; ties and missing times keep the earliest in payload order.
 */
export function chooseInstance(instances: readonly FlatAttr[]): FlatAttr | undefined {
  const defaults = instances.filter((i) => i.datasetId === undefined);
  const pool = defaults.length > 0 ? defaults : instances;
  let best: FlatAttr | undefined;
  for (const candidate of pool) {
    if (best === undefined || timeOf(candidate) > timeOf(best)) best = candidate;
  }
  return best;
}
