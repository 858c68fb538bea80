import { getMunicipality } from './municipalities';
import { WHOLLY_ISLAND } from './island-groups';
import type { MunicipalityCode } from './types';

/**
 * Machine-readable formats (contract §8): a dataset counts as machine-readable when at least one
 * of its resources is in one of these, compared case-insensitively. PDF, images, office documents
 * and spreadsheets do not count.
 */
export const MACHINE_READABLE_FORMATS = ['csv', 'tsv', 'json', 'geojson', 'xml', 'rdf', 'json-ld'];

export const isMachineReadableFormat = (format: string): boolean =>
  MACHINE_READABLE_FORMATS.includes(format.trim().toLowerCase());

/**
 * Similar municipalities for a comparison: the island municipalities with each other (Tsushima,
 * Iki, Goto, Shin-Kamigoto, Ojika), the other cities with cities, the other towns with towns.
 */
export type PeerGroup = 'islands' | 'cities' | 'towns';

export function peerGroupOf(code: MunicipalityCode): PeerGroup | undefined {
  if (WHOLLY_ISLAND.has(code)) return 'islands';
  const m = getMunicipality(code);
  if (!m) return undefined;
  return m.type === 'city' ? 'cities' : 'towns';
}

/** The start of the Japanese fiscal year (1 April, JST) that `date` (YYYY-MM-DD) falls in. */
export function fiscalYearStart(date: string): string {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= '04-01' ? `${year}-04-01` : `${year - 1}-04-01`;
}
