import type { MunicipalityCode } from './types';

/**
 * A service built on the linkage platform (`PlatformService`, contract §8): what it is for,
 * whom it serves, which of the platform's data it reads, and whether it runs.
 */
export const SERVICE_CATEGORIES = ['disaster', 'tourism', 'mobility', 'health', 'other'] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export const PLATFORM_SERVICE_STATUSES = ['pilot', 'operating', 'ended'] as const;
export type PlatformServiceStatus = (typeof PLATFORM_SERVICE_STATUSES)[number];

export interface PlatformService {
  id: string;
  name: string;
  operatorName?: string;
  /** `unknown` for a category the contract does not list (the text received in `rawCategory`). */
  category: ServiceCategory | 'unknown';
  rawCategory?: string;
  /** The municipalities it names (unreadable codes left out, and reported at the boundary). */
  localGovernmentCodes: readonly MunicipalityCode[];
  /** It serves the whole prefecture: the entity sent an empty list (contract §8). */
  prefectureWide: boolean;
  /** Entity types it reads. */
  dataTypesUsed: readonly string[];
  status: PlatformServiceStatus | 'unknown';
  rawStatus?: string;
  /** Epoch ms. */
  launchedAt?: number;
}

/** Whether a service serves a municipality: it names it, or it serves the whole prefecture. */
export const servesMunicipality = (s: PlatformService, code: MunicipalityCode): boolean =>
  s.prefectureWide || s.localGovernmentCodes.includes(code);

/** A service counts as built on the platform while it is piloted or operated (not ended). */
export const isLiveService = (s: PlatformService): boolean =>
  s.status === 'pilot' || s.status === 'operating';
