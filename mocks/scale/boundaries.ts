import { readFileSync } from 'node:fs';
import { parseBoundaries, type Boundaries } from '../../src/domain/boundaries';

let cached: Boundaries | undefined;

/** The shipped municipal boundaries (public/data), read once: Node only. */
export function shippedBoundaries(): Boundaries {
  cached ??= parseBoundaries(
    JSON.parse(
      readFileSync(new URL('../../public/data/municipalities.geojson', import.meta.url), 'utf8'),
    ),
  );
  return cached;
}
