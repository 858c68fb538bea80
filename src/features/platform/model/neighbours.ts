/**
 * One municipality beside the prefecture and its similar municipalities (islands with islands,
 * cities with cities, towns with towns): open datasets, machine-readable share, services serving
 * it and platform types it publishes, each against the medians; and what most others publish
 * that it does not yet (catalogue themes, platform types).
 */
import { MUNICIPALITIES } from '../../../domain/municipalities';
import { peerGroupOf, type PeerGroup } from '../../../domain/open-data';
import type { MunicipalityCode } from '../../../domain/types';
import type { CatalogRow } from './catalog';
import type { KpiRow } from './matrix';
import type { ServiceSummary } from './services';

export type Metric = 'datasets' | 'machineReadableShare' | 'services' | 'platformTypes';
export const METRICS: readonly Metric[] = [
  'datasets',
  'machineReadableShare',
  'services',
  'platformTypes',
];

/** Each municipality's value of each metric; a missing value is "not available" (left out of medians). */
export type MetricValues = Readonly<
  Record<Metric, Readonly<Record<MunicipalityCode, number | undefined>>>
>;

/** The median of the values given (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface MetricComparison {
  metric: Metric;
  value: number | undefined;
  prefectureMedian: number | undefined;
  peerMedian: number | undefined;
  /** How many municipalities each median is over (those with a value). */
  prefectureN: number;
  peerN: number;
}

export interface Neighbours {
  code: MunicipalityCode;
  group: PeerGroup;
  /** The similar municipalities, the municipality itself included. */
  peers: readonly MunicipalityCode[];
  rows: readonly MetricComparison[];
  /** Themes most municipalities with a known catalogue publish in and this one does not. */
  missingThemes: readonly string[];
  /** Platform types most municipalities publish and this one does not. */
  missingTypes: readonly string[];
}

/**
 * What "most others" have: held by more than half of the other municipalities whose holdings are
 * known, and not by this one. `held` is undefined for a municipality whose holdings are unknown.
 */
export function mostOthersHave(
  code: MunicipalityCode,
  held: Readonly<Record<MunicipalityCode, readonly string[] | undefined>>,
): string[] {
  const own = held[code];
  if (own === undefined) return [];
  const others = Object.entries(held).filter(([c, h]) => c !== code && h !== undefined);
  const counts = new Map<string, number>();
  for (const [, h] of others)
    for (const item of new Set(h)) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts]
    .filter(([item, n]) => n * 2 > others.length && !own.includes(item))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([item]) => item);
}

/** What the comparison reads from the three sources, per municipality; a source not in yet gives nothing. */
export interface NeighbourSources {
  catalog?: readonly CatalogRow[];
  platform?: readonly KpiRow[];
  services?: ServiceSummary;
}

/** One municipality against its peers and the prefecture, from the catalogue, broker and services. */
export function neighboursOf(
  code: MunicipalityCode,
  sources: NeighbourSources,
): Neighbours | undefined {
  const catalog = new Map(sources.catalog?.map((r) => [r.code, r]));
  const platform = new Map(sources.platform?.map((r) => [r.code, r]));
  const byCode = <T>(f: (c: MunicipalityCode) => T) =>
    Object.fromEntries(MUNICIPALITIES.map((m) => [m.code, f(m.code)]));
  return compareWithNeighbours(
    code,
    {
      datasets: byCode((c) => catalog.get(c)?.datasets),
      machineReadableShare: byCode((c) => catalog.get(c)?.share),
      services: byCode((c) => sources.services?.perMunicipality[c]),
      platformTypes: byCode((c) => platform.get(c)?.publishing.length),
    },
    byCode((c) => catalog.get(c)?.themes),
    byCode((c) => platform.get(c)?.publishing),
  );
}

export function compareWithNeighbours(
  code: MunicipalityCode,
  values: MetricValues,
  themes: Readonly<Record<MunicipalityCode, readonly string[] | undefined>>,
  types: Readonly<Record<MunicipalityCode, readonly string[] | undefined>>,
): Neighbours | undefined {
  const group = peerGroupOf(code);
  if (group === undefined) return undefined;
  const all = MUNICIPALITIES.map((m) => m.code);
  const peers = all.filter((c) => peerGroupOf(c) === group);
  const known = (metric: Metric, codes: readonly MunicipalityCode[]) =>
    codes.map((c) => values[metric][c]).filter((v): v is number => v !== undefined);
  return {
    code,
    group,
    peers,
    rows: METRICS.map((metric) => {
      const pref = known(metric, all);
      const peer = known(metric, peers);
      return {
        metric,
        value: values[metric][code],
        prefectureMedian: median(pref),
        peerMedian: median(peer),
        prefectureN: pref.length,
        peerN: peer.length,
      };
    }),
    missingThemes: mostOthersHave(code, themes),
    missingTypes: mostOthersHave(code, types),
  };
}
