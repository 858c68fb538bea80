/** The flow vocabulary of the contract (§2.3 TouristFlowObserved). */
export const TRANSPORT_MODES = ['ferry', 'air', 'road', 'rail'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];
export const VISITOR_CATEGORIES = ['domestic', 'inbound'] as const;
export type VisitorCategory = (typeof VISITOR_CATEGORIES)[number];
export const STAY_TYPES = ['dayTrip', 'overnight'] as const;
export type StayType = (typeof STAY_TYPES)[number];
