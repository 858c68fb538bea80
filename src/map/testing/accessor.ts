import type { Accessor, AccessorFunction } from '@deck.gl/core';

/** Calls a deck.gl accessor the way deck.gl does, for one datum. */
export function evaluate<In, Out>(accessor: Accessor<In, Out> | undefined, d: In): Out {
  if (typeof accessor !== 'function') throw new Error('expected an accessor function');
  return (accessor as AccessorFunction<In, Out>)(d, { index: 0, data: [d], target: [] });
}
