/** The entity types of the linkage contract (§2) the dashboard reads, by their @context terms. */
export const CONTRACT_TYPES = [
  'EvacuationSite',
  'DesignatedShelter',
  'EvacuationShelter',
  'EvacuationInformation',
  'DisasterEvent',
  'TourismPresenceObserved',
  'TouristFlowObserved',
] as const;

export type ContractType = (typeof CONTRACT_TYPES)[number];
