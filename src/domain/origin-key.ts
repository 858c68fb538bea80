/** Presence origin keys (`JP-40`, `JP`, `KR`): how they are made and ordered. */
import type { PresenceObservation } from './tourism';
import type { OriginKey } from './tourism-days';

/** `JP-40` for domestic visitors from prefecture 40, `JP` without a prefecture, else the country. */
export function originKeyOf(
  o: Pick<PresenceObservation, 'nationality' | 'originPrefecture'>,
): OriginKey {
  if (o.nationality !== 'JP') return o.nationality;
  return o.originPrefecture === undefined ? 'JP' : `JP-${o.originPrefecture}`;
}

/** Domestic keys are `JP` and `JP-xx`; every other key is a country (inbound). */
export const isDomesticOrigin = (key: OriginKey): boolean => key === 'JP' || key.startsWith('JP-');

const rank = (key: OriginKey) => (key.startsWith('JP-') ? 0 : key === 'JP' ? 1 : 2);

/** Stable origin order: `JP-xx` by prefecture code, then `JP`, then countries A–Z. */
export function compareOriginKeys(a: OriginKey, b: OriginKey): number {
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
