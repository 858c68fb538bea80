/**
 * The municipality order of the packed tourism cubes (`PresenceDay.counts`): the order of
 * `MUNICIPALITIES`. The worker packs with it and the tourism model reads with it.
 */
import { MUNICIPALITIES } from './municipalities';
import type { MunicipalityCode } from './types';

export const TOURISM_MUNICIPALITIES: readonly MunicipalityCode[] = MUNICIPALITIES.map(
  (m) => m.code,
);

const indexByCode: ReadonlyMap<MunicipalityCode, number> = new Map(
  TOURISM_MUNICIPALITIES.map((code, i) => [code, i]),
);

/** Index of a 5-digit municipality code in `TOURISM_MUNICIPALITIES`; undefined if not one. */
export function municipalityIndex(code: MunicipalityCode): number | undefined {
  return indexByCode.get(code);
}
