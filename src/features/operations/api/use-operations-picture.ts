import { useMemo } from 'react';
import { useServices } from '../../../services/context';
import { useUi } from '../../../state/hooks';
import { useStableJson } from '../../../ui/hooks/use-stable';
import { joinOverlays } from '../model/join';
import { aggregate } from '../model/aggregates';
import { hazardContext, siteHazardsByFacility } from '../model/hazard';
import { levelsInForce, type LevelInForce } from '../model/levels';
import type { OperationsFeeds } from './use-live-feeds';

/**
 * The situation the feeds describe: hazards in force, the overlay joined to the masters,
 * totals per municipality and island group, evacuation levels in force and active events.
 * What the headline, the map, the banners and the side panels read.
 */
export function useOperationsPicture({ masters, overlays, info, events }: OperationsFeeds) {
  const { config } = useServices();
  const hazardOverride = useUi((s) => s.hazards);
  const siteHazards = useMemo(
    () => siteHazardsByFacility(masters.sites.data?.items ?? []),
    [masters.sites.data],
  );
  const hazard = useMemo(
    () => hazardContext(events.data?.items ?? [], siteHazards, hazardOverride ?? undefined),
    [events.data, siteHazards, hazardOverride],
  );
  const joined = useMemo(() => {
    if (!overlays.data || !masters.shelters.data) return undefined;
    return joinOverlays(masters.shelters.data.items, overlays.data.items, {
      bands: config.occupancyBands,
      overCapacityPercent: config.operations.overCapacityPercent,
      hazard,
    });
  }, [overlays.data, masters.shelters.data, config, hazard]);
  const totals = useMemo(
    () =>
      joined
        ? aggregate(joined.live, {
            ...(masters.boundaries.data && { boundaries: masters.boundaries.data }),
            islandSpareMarginPercent: config.operations.islandSpareMarginPercent,
            fullBandPercent: config.occupancyBands.full,
          })
        : undefined,
    [joined, masters.boundaries.data, config],
  );
  const levelList = useStableJson(
    useMemo(
      () => [...levelsInForce(info.data?.items ?? [], info.dataUpdatedAt)],
      [info.data, info.dataUpdatedAt],
    ),
  );
  const levels = useMemo(() => new Map<string, LevelInForce>(levelList), [levelList]);
  const activeEvents = useMemo(
    () => (events.data?.items ?? []).filter((e) => e.status === 'active'),
    [events.data],
  );
  return { hazard, joined, totals, levels, activeEvents };
}

export type OperationsPicture = ReturnType<typeof useOperationsPicture>;
