/** Small builders shared by the operations model tests. */
import type { ShelterOverlay } from '../../../domain/live';
import type { DesignatedShelter, LngLat } from '../../../domain/types';
import type { LiveShelter } from './join';

export const VACAN = { somewhatCrowded: 30, crowded: 60, full: 80 };

export function master(
  nationalShelterId: string,
  patch: Partial<DesignatedShelter> = {},
): DesignatedShelter {
  const location: LngLat = [129.87, 32.75];
  return {
    kind: 'shelter',
    nationalShelterId,
    name: `避難所 ${nationalShelterId.slice(6, 11)}`,
    address: '長崎県長崎市',
    municipalityCode: nationalShelterId.slice(1, 6),
    location,
    shelterType: 'general',
    ...patch,
  };
}

export function overlay(id: string, patch: Partial<ShelterOverlay> = {}): ShelterOverlay {
  return { id, municipalityCode: '42201', openingStatus: 'open', ...patch };
}

/** A joined shelter with just what these rules read. */
export function liveShelter(
  key: string,
  patch: Partial<ShelterOverlay> = {},
  extra: Partial<LiveShelter> = {},
): LiveShelter {
  const o = overlay(`urn:o:${key}`, { nationalShelterId: key, ...patch });
  return {
    key,
    overlay: o,
    municipalityCode: o.municipalityCode,
    band: 'vacant',
    flags: { overCapacity: false },
    ...extra,
  };
}
