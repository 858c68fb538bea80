/**
 * One facility, however many designations it carries: the first 11 characters of the GSI
 * 共通ID (`nationalShelterId`: `E`, the 5-digit municipality code, the 5-digit facility serial),
 * leaving out the type digits that tell an emergency site from a shelter (contract §2).
 */
const FACILITY_KEY_LENGTH = 11;

export function facilityKey(nationalShelterId: string): string {
  return nationalShelterId.slice(0, FACILITY_KEY_LENGTH);
}

/**
 * Whether `nationalShelterId` belongs to the facility `key`: facilityKey(id) === key, without
 * making the key (a string per call, 130,000 per marker update nationwide).
 */
export function inFacility(nationalShelterId: string, key: string): boolean {
  return (
    key.length === Math.min(nationalShelterId.length, FACILITY_KEY_LENGTH) &&
    nationalShelterId.startsWith(key)
  );
}
