/**
 * Ferry and air services between the islands and the rest of the prefecture or Fukuoka
 * (contract §6), after validation. Times are epoch ms.
 */
import type { MunicipalityCode } from './types';

export const SERVICE_STATUSES = [
  'normal',
  'delayed',
  'partiallyCancelled',
  'suspended',
  'ended',
] as const;
/** `unknown`: any other value the operator sent (kept, never dropped). */
export type ServiceStatus = (typeof SERVICE_STATUSES)[number] | 'unknown';

export const SERVICE_MODES = ['ferry', 'highSpeedCraft', 'air'] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];

/** Statuses under which a departure still leaves today (and its seats count). */
export const RUNNING_STATUSES: ReadonlySet<ServiceStatus> = new Set([
  'normal',
  'delayed',
  'partiallyCancelled',
]);

/**
 * Where a service leaves from or goes to: a Nagasaki municipality (5 digits), or a prefecture
 * outside Nagasaki by its 2-digit code (Hakata and Fukuoka airport = 40, Karatsu = 41).
 */
export type PlaceCode = MunicipalityCode;

export interface Departure {
  at: number;
  /** Seats on this departure; absent → the service's `seatsPerDeparture`. */
  seats?: number;
  /** The departure's seats arrived broken (negative, not a number): its seats are unknown. */
  seatsInvalid?: true;
}

export interface TransportService {
  id: string;
  routeId: string;
  routeName: string;
  operatorName?: string;
  mode: ServiceMode;
  fromCode: PlaceCode;
  toCode: PlaceCode;
  callsAt: PlaceCode[];
  status: ServiceStatus;
  /** The wire value when `status` is `unknown`. */
  rawStatus?: string;
  /** Today's departures not yet gone as published (a past one is dropped where it is read). */
  departures: Departure[];
  seatsPerDeparture?: number;
  statusNote?: string;
  /** When the status was observed: the datum's age. */
  observedAt?: number;
}
