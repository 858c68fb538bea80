/** How each drill entity type goes on the wire (contract §2.2). */
import type { JsonObject } from '../broker';
import type { EventState } from './event';
import type { EvacuationInfoState } from './evacuation-information';
import type { OverlayState } from './overlay';
import { isoAt, property, type WireSpec } from './wire';

const isLive = (s: OverlayState): boolean => s.openingStatus !== 'closed';

export const overlaySpec: WireSpec<OverlayState> = {
  type: 'EvacuationShelter',
  fields: [
    { attr: 'openingStatus', get: (s) => s.openingStatus, observed: true },
    { attr: 'statusLabel', get: (s) => s.statusLabel, observed: true },
    { attr: 'evacueeTotal', get: (s) => s.evacueeTotal, observed: true, reported: isLive },
    { attr: 'evacueeHouseholds', get: (s) => s.evacueeHouseholds, observed: true },
    { attr: 'congestionLevel', get: (s) => s.congestionLevel, observed: true, reported: isLive },
    { attr: 'openedAt', get: (s) => s.openedMinute, kind: 'time', observed: true },
    { attr: 'closedAt', get: (s) => s.closedMinute, kind: 'time', observed: true },
    { attr: 'project', get: (s) => s.eventId, kind: 'relationship' },
    // EEI v1.1 (contract §7, mocks/scenarios/eei.ts): sent when they change, like the rest.
    { attr: 'evacueeMale', get: (s) => s.evacueeMale, observed: true },
    { attr: 'evacueeFemale', get: (s) => s.evacueeFemale, observed: true },
    { attr: 'openingReason', get: (s) => s.openingReason, observed: true },
    { attr: 'capacityStatus', get: (s) => s.capacityStatus, observed: true },
    { attr: 'staffNeeded', get: (s) => s.staffNeeded, observed: true },
    { attr: 'drinkingWater', get: (s) => s.drinkingWater, observed: true },
    { attr: 'toiletCount', get: (s) => s.toiletCount, observed: true },
    { attr: 'suppliesNeeded', get: (s) => s.suppliesNeeded, kind: 'json', observed: true },
    { attr: 'livingConditions', get: (s) => s.livingConditions, kind: 'json', observed: true },
    { attr: 'petsAccepted', get: (s) => s.petsAccepted, observed: true },
    { attr: 'carSleepersAllowed', get: (s) => s.carSleepersAllowed, observed: true },
    { attr: 'parkingSpaces', get: (s) => s.parkingSpaces, observed: true },
  ],
  created: (s) => {
    const out: JsonObject = { localGovernmentCode: property(s.localGovernmentCode) };
    if (s.nationalShelterId) out.nationalShelterId = property(s.nationalShelterId);
    if (s.externalShelterId) out.externalShelterId = property(s.externalShelterId);
    if (s.maxCapacity !== undefined) out.maxCapacity = property(s.maxCapacity);
    return out;
  },
  observedMinute: (s) => s.reportMinute,
};

export const evacuationInfoSpec: WireSpec<EvacuationInfoState> = {
  type: 'EvacuationInformation',
  fields: [{ attr: 'liftedAt', get: (s) => s.liftedMinute, kind: 'time' }],
  created: (s, time) => ({
    localGovernmentCode: property(s.localGovernmentCode),
    alertLevel: property(s.alertLevel),
    alertLabel: property(s.alertLabel),
    hazardTypes: property([...s.hazardTypes]),
    targetArea: property(s.targetArea),
    targetHouseholds: property(s.targetHouseholds),
    targetPersons: property(s.targetPersons),
    // The issue time identifies the issuance: it goes out once, at creation.
    issuedAt: property(isoAt(time(s.issuedMinute))),
    project: { type: 'Relationship', object: s.eventId },
  }),
};

export const eventSpec: WireSpec<EventState> = {
  type: 'DisasterEvent',
  fields: [
    { attr: 'projectStatus', get: (s) => s.projectStatus },
    { attr: 'end', get: (s) => s.endMinute, kind: 'time' },
  ],
  created: (s, time) => ({
    name: property(s.name),
    start: property(isoAt(time(s.startMinute))),
    hazardTypes: property([...s.hazardTypes]),
    location: {
      type: 'GeoProperty',
      value: { type: 'LineString', coordinates: s.track.map(([lon, lat]) => [lon, lat]) },
    },
  }),
};
