import { ScatterplotLayer } from '@deck.gl/layers';
import type { Color } from '@deck.gl/core';
import type { FacilityRole } from '../../../domain/types';
import type { Facility } from '../model/facilities';
import { inFacility } from '../../../domain/facility-key';

/** Okabe–Ito colour-universal-design hues: distinguishable under protan and deutan vision. */
export const ROLE_COLORS: Record<FacilityRole, Color> = {
  site: [0, 158, 115, 255], // bluish green
  shelter: [0, 114, 178, 255], // blue
  welfare: [213, 94, 0, 255], // vermillion
};
const OUTLINE_DARK: Color = [40, 40, 40, 200];
const OUTLINE_ALSO_SITE: Color = [255, 255, 255, 255];
const SELECTED: Color = [240, 228, 66, 255]; // yellow

/** Facilities shown for the current role filter: a facility is hidden only if all its roles are. */
export function visibleFacilities(
  facilities: readonly Facility[],
  hidden: readonly FacilityRole[],
): Facility[] {
  if (hidden.length === 0) return [...facilities];
  return facilities.filter((f) => f.roles.some((r) => !hidden.includes(r)));
}

export interface FacilityLayerInput {
  /** Already filtered (see visibleFacilities) and memoised by the caller. */
  facilities: readonly Facility[];
  selectedKey: string | null;
  /** Marker scale: 1 at 1080p, larger on a 4K wall. */
  scale: number;
  /** Smaller markers when the view takes in more land (map/marker-scale.ts); 1 = full size. */
  zoomFactor?: number;
  /**
   * During an event the live shelters carry the colour; facilities step back to context:
   * those designated for the active hazards in slate, the rest faint (undefined: no hazard
   * to judge against). Absent: colour by role, as on a quiet day.
   */
  context?: { designated: (f: Facility) => boolean | undefined };
}

export const CONTEXT_DESIGNATED: Color = [70, 90, 110, 210];
const CONTEXT_OTHER: Color = [170, 170, 170, 90];
const CONTEXT_NEUTRAL: Color = [110, 120, 130, 160];

/** Below this marker zoom factor (map/marker-scale.ts) the event-time context dots are off. */
const CONTEXT_MIN_FACTOR = 0.45;

/** Pure factory: the same inputs give the same layer; deck.gl diffs by id and data identity. */
export function facilityLayer({
  facilities,
  selectedKey,
  scale,
  zoomFactor = 1,
  context,
}: FacilityLayerInput) {
  const selected = (f: Facility) =>
    selectedKey !== null && inFacility(f.placed.nationalShelterId, selectedKey);
  const contextFill = (f: Facility): Color => {
    const d = context?.designated(f);
    return d === undefined ? CONTEXT_NEUTRAL : d ? CONTEXT_DESIGNATED : CONTEXT_OTHER;
  };
  return new ScatterplotLayer<Facility>({
    id: 'facilities',
    data: facilities,
    // During an event, at a view as wide as the prefecture the context dots would only hide
    // the level shading (the live shelters carry the picture there): shown from closer in.
    visible: !context || zoomFactor > CONTEXT_MIN_FACTOR,
    pickable: true,
    stroked: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    // Uniforms: a new zoom rescales every marker without recomputing attributes.
    radiusScale: zoomFactor,
    lineWidthScale: zoomFactor,
    radiusMinPixels: 1.5,
    getPosition: (f) => f.placed.location,
    getRadius: (f) => (selected(f) ? 9 : context ? 2.5 : f.primaryRole === 'site' ? 4 : 5) * scale,
    getFillColor: (f) =>
      selected(f) ? SELECTED : context ? contextFill(f) : ROLE_COLORS[f.primaryRole],
    getLineColor: (f) => (f.alsoSite && !context ? OUTLINE_ALSO_SITE : OUTLINE_DARK),
    getLineWidth: (f) => (context ? 0 : f.alsoSite ? 1.6 : 0.8) * scale,
    updateTriggers: {
      getRadius: [selectedKey, scale, context],
      getFillColor: [selectedKey, context],
      getLineColor: [context],
      getLineWidth: [scale, context],
    },
  });
}
