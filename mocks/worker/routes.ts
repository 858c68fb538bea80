import { ACTION_PATH } from '../catalog/paths';
import { PATHS, V2_PATHS } from '../handlers/paths';

/**
 * What the embedded mock answers: NGSI-LD, NGSI v2 (and QuantumLeap) and the CKAN Action API,
 * on any origin and under any prefix, as its handlers match them (the URL without its query).
 * The page forwards these to the mock's worker; everything else (its own scripts, data and
 * basemap) goes to the network untouched.
 */
const SERVED = [
  PATHS.anyNgsiLd,
  // Only the v2 resources served, not all under `/v2/`: the dev server's modules live at
  // `/src/api/v2/…`, and a deployment may sit under a `/v2/` path of its own.
  V2_PATHS.entities,
  V2_PATHS.types,
  V2_PATHS.typeAttr,
  ACTION_PATH,
];

export function servedByMock(url: string): boolean {
  const { origin, pathname } = new URL(url);
  return SERVED.some((path) => path.test(origin + pathname));
}
