/**
 * The masters map as a table: per municipality, how many emergency evacuation sites, shelters
 * (of them welfare shelters) and facilities it designates, and how many designations sit at a
 * doubtful location (listed instead of plotted), with the prefecture's sums last.
 */
import { MUNICIPALITIES } from '../../../domain/municipalities';
import type { ExportTable } from '../../../domain/export-table';
import type { Designation, MunicipalityCode } from '../../../domain/types';
import { groupByFacility, leadDesignation, type FacilityGroups } from './facilities';

export interface DesignationRow {
  /** A municipality code, or `total`. */
  code: MunicipalityCode | 'total';
  sites: number;
  shelters: number;
  welfare: number;
  facilities: number;
  doubtful: number;
}

const empty = (code: DesignationRow['code']): DesignationRow => ({
  code,
  sites: 0,
  shelters: 0,
  welfare: 0,
  facilities: 0,
  doubtful: 0,
});

/**
 * The 21 municipalities in official code order (zeros included), then any other code a master
 * names (so nothing is lost), then the total. A facility counts for the municipality of the
 * designation that names and places it, as its marker does; facilities add up to the count
 * the panel shows, designations too (doubtful ones included: they are real designations).
 */
export function designationRows(
  designations: readonly Designation[],
  doubtful: ReadonlySet<Designation>,
  groups: FacilityGroups = groupByFacility(designations),
): DesignationRow[] {
  const rows = new Map<string, DesignationRow>(MUNICIPALITIES.map((m) => [m.code, empty(m.code)]));
  const rowOf = (code: MunicipalityCode) => {
    let row = rows.get(code);
    if (!row) rows.set(code, (row = empty(code)));
    return row;
  };
  for (const d of designations) {
    const row = rowOf(d.municipalityCode);
    if (d.kind === 'site') row.sites += 1;
    else {
      row.shelters += 1;
      if (d.shelterType === 'welfare') row.welfare += 1;
    }
    if (doubtful.has(d)) row.doubtful += 1;
  }
  for (const list of groups.values()) {
    const lead = leadDesignation(list);
    if (lead) rowOf(lead.municipalityCode).facilities += 1;
  }
  const known = new Set(MUNICIPALITIES.map((m) => m.code));
  const ordered = [
    ...MUNICIPALITIES.map((m) => rows.get(m.code)!),
    ...[...rows.values()]
      .filter((r) => !known.has(r.code))
      .sort((a, b) => (a.code < b.code ? -1 : 1)),
  ];
  const total = empty('total');
  for (const r of ordered) {
    total.sites += r.sites;
    total.shelters += r.shelters;
    total.welfare += r.welfare;
    total.facilities += r.facilities;
    total.doubtful += r.doubtful;
  }
  return [...ordered, total];
}

export interface DesignationWords {
  municipality: string;
  sites: string;
  shelters: string;
  welfare: string;
  facilities: string;
  doubtful: string;
  /** The municipality's name, or the total row's. */
  name: (code: DesignationRow['code']) => string;
}

export function designationTable(
  rows: readonly DesignationRow[],
  words: DesignationWords,
): ExportTable {
  return {
    columns: [
      { id: 'municipality', label: words.municipality },
      { id: 'municipality_code' },
      { id: 'evacuation_sites', label: words.sites, numeric: true },
      { id: 'shelters', label: words.shelters, numeric: true },
      { id: 'welfare_shelters', label: words.welfare, numeric: true },
      { id: 'facilities', label: words.facilities, numeric: true },
      { id: 'doubtful_locations', label: words.doubtful, numeric: true },
    ],
    rows: rows.map((r) => ({
      key: r.code,
      cells: [
        words.name(r.code),
        r.code === 'total' ? null : r.code,
        r.sites,
        r.shelters,
        r.welfare,
        r.facilities,
        r.doubtful,
      ],
    })),
  };
}
