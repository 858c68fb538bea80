/**
 * One facility, however many designations it carries: the first 11 characters of the GSI
 * 共通ID (`nationalShelterId`: `E`, the 5-digit municipality code, the 5-digit facility serial),
 * leaving out the type digits that tell an emergency site from a shelter (contract §2).
 */
const FACILITY_KEY_LENGTH = 11;

export function facilityKey(nationalShelterId: string): string {
  return nationalShelterId.slice(0, FACILITY_KEY_LENGTH);
}
