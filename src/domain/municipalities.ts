import { MUNICIPALITY_RECORDS } from './municipalities.data';
import type { MunicipalityRecord } from './municipality-record';
import type { MunicipalityCode } from './types';

export type { MunicipalityRecord };

export const MUNICIPALITIES: readonly MunicipalityRecord[] = MUNICIPALITY_RECORDS;

const byCode = new Map<string, MunicipalityRecord>(MUNICIPALITIES.map((m) => [m.code, m]));

/** JIS X 0402 check digit of a 5-digit local government code. */
export function checkDigit(code5: string): number {
  const weights = [6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(code5[i]), 0);
  return (11 - (sum % 11)) % 10;
}

/**
 * Every text `normalizeMunicipalityCode` accepts, trimmed, with its 5-digit form: each
 * municipality's 5-digit code and that code followed by its check digit. Read by one lookup:
 * every entity of the masters, the overlay and the tourism feeds names a municipality.
 */
const accepted = new Map<string, MunicipalityCode>(
  MUNICIPALITIES.flatMap((m) => [
    [m.code, m.code],
    [`${m.code}${checkDigit(m.code)}`, m.code],
  ]),
);

/**
 * Accepts a 5-digit code or a 6-digit code with a valid check digit and returns the 5-digit
 * form if it names one of the 21 Nagasaki municipalities; otherwise undefined.
 */
export function normalizeMunicipalityCode(raw: string): MunicipalityCode | undefined {
  return accepted.get(raw.trim());
}

export function getMunicipality(code: MunicipalityCode): MunicipalityRecord | undefined {
  return byCode.get(code);
}

/** Finds the municipality named in a Japanese address such as 長崎県雲仙市愛野町…. */
export function municipalityFromAddress(address: string): MunicipalityCode | undefined {
  // GSI writes 長崎県長与町…; other sources insert the district (西彼杵郡長与町…).
  const rest = address.replace(/^\s*長崎県/, '').replace(/^[^市町村\s]{1,5}郡/, '');
  let best: MunicipalityRecord | undefined;
  for (const m of MUNICIPALITIES) {
    // Longest match first so that 五島市 never shadows 新上五島町.
    if (rest.startsWith(m.nameJa) && (!best || m.nameJa.length > best.nameJa.length)) best = m;
  }
  return best?.code;
}
