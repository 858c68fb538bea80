/**
 * Occupancy bands (VACAN wording, used by Nagasaki City). Thresholds are configuration,
 * because each municipality sets its own (config `occupancyBands`, percent of capacity).
 */
import type { CongestionLevel, OccupancyBand, OpeningStatus } from '../../../domain/live';
import type { OccupancyBands } from '../../../config/schema';

export interface BandInput {
  status: OpeningStatus;
  evacueeTotal?: number;
  capacity?: number;
  congestionLevel?: CongestionLevel;
}

/** Order of the open bands, for "crossed a band upward"; closed and unknown have no rank. */
export const BAND_RANK: Readonly<Partial<Record<OccupancyBand, number>>> = {
  vacant: 0,
  somewhatCrowded: 1,
  crowded: 2,
  full: 3,
};

/**
 * The band of one shelter, first rule that applies:
 * 1. closed → closed; declared full → full; any unknown status → unknown (whether people
 *    can go there is not known, so no occupancy is shown as if it were open);
 * 2. headcount and a capacity above zero → by occupancy: below `somewhatCrowded` % vacant,
 *    below `crowded` % somewhatCrowded, below `full` % crowded, else full;
 * 3. a reported congestion level (VACAN-style feeds without headcounts) → that level;
 * 4. otherwise unknown.
 */
export function bandOf(input: BandInput, thresholds: OccupancyBands): OccupancyBand {
  if (input.status === 'closed') return 'closed';
  if (input.status === 'full') return 'full';
  if (input.status !== 'open') return 'unknown';
  const { evacueeTotal: people, capacity } = input;
  if (people !== undefined && capacity !== undefined && capacity > 0) {
    // people / capacity < t / 100, multiplied out: exact at the thresholds for integers.
    const below = (percent: number) => people * 100 < percent * capacity;
    if (below(thresholds.somewhatCrowded)) return 'vacant';
    if (below(thresholds.crowded)) return 'somewhatCrowded';
    if (below(thresholds.full)) return 'crowded';
    return 'full';
  }
  return input.congestionLevel ?? 'unknown';
}
