/**
 * The services built on the platform, summed: by category and status, per municipality served,
 * and the platform's types that no running service reads yet.
 */
import {
  isLiveService,
  servesMunicipality,
  type PlatformService,
  type PlatformServiceStatus,
  type ServiceCategory,
} from '../../../domain/platform-service';
import { MUNICIPALITIES } from '../../../domain/municipalities';
import type { MunicipalityCode } from '../../../domain/types';

export type CategoryKey = ServiceCategory | 'unknown';
export type StatusKey = PlatformServiceStatus | 'unknown';

export interface ServiceSummary {
  /** All services received. */
  total: number;
  /** Piloted or operated: the services "built on the platform". */
  live: number;
  byCategory: Readonly<Partial<Record<CategoryKey, Readonly<Partial<Record<StatusKey, number>>>>>>;
  /** Live services serving each municipality (prefecture-wide ones serve all). */
  perMunicipality: Readonly<Record<MunicipalityCode, number>>;
  /** Live services launched on or after the comparison date. */
  launchedSince: number;
  /** Live services without a launch date (their start is unknown). */
  launchUnknown: number;
  /** Types the platform offers that no live service reads; undefined without the type list. */
  unusedTypes?: readonly string[];
}

export function serviceSummary(
  services: readonly PlatformService[],
  sinceMs: number,
  platformTypes: readonly string[] | undefined,
): ServiceSummary {
  const live = services.filter(isLiveService);
  const byCategory: Partial<Record<CategoryKey, Partial<Record<StatusKey, number>>>> = {};
  for (const s of services) {
    const row = (byCategory[s.category] ??= {});
    row[s.status] = (row[s.status] ?? 0) + 1;
  }
  const used = new Set(live.flatMap((s) => s.dataTypesUsed));
  return {
    total: services.length,
    live: live.length,
    byCategory,
    perMunicipality: Object.fromEntries(
      MUNICIPALITIES.map((m) => [m.code, live.filter((s) => servesMunicipality(s, m.code)).length]),
    ),
    launchedSince: live.filter((s) => s.launchedAt !== undefined && s.launchedAt >= sinceMs).length,
    launchUnknown: live.filter((s) => s.launchedAt === undefined).length,
    ...(platformTypes && { unusedTypes: platformTypes.filter((t) => !used.has(t)) }),
  };
}
