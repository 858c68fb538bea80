import type { DesignatedShelter, EvacuationSite } from '../../domain/types';
import type { DisasterEvent, EvacuationInfo, ShelterOverlay } from '../../domain/live';
import { parseDesignatedShelter, parseEvacuationSite, type EntityParse } from '../entities/masters';
import {
  parseDisasterEvent,
  parseEvacuationInformation,
  parseEvacuationShelter,
} from '../entities/live';
import type { FlatEntityLike } from '../entities/flat';
import type { FlowObservation, PresenceObservation } from '../../domain/tourism';
import { parseFlow, parsePresence } from '../entities/tourism';

/**
 * Every entity feed the dashboard reads, by NGSI-LD type, with the parser that validates and
 * normalises one entity. Parsers are functions and cannot cross into a worker, so the worker
 * and the inline fallback both look them up here by name.
 */
export interface FeedTypes {
  EvacuationSite: EvacuationSite;
  DesignatedShelter: DesignatedShelter;
  EvacuationShelter: ShelterOverlay;
  DisasterEvent: DisasterEvent;
  EvacuationInformation: EvacuationInfo;
  TourismPresenceObserved: PresenceObservation;
  TouristFlowObserved: FlowObservation;
}
export type FeedName = keyof FeedTypes;

type Parsers = { [K in FeedName]: (entity: FlatEntityLike) => EntityParse<FeedTypes[K]> };

export const FEED_PARSERS: Parsers = {
  EvacuationSite: parseEvacuationSite,
  DesignatedShelter: parseDesignatedShelter,
  EvacuationShelter: parseEvacuationShelter,
  DisasterEvent: parseDisasterEvent,
  EvacuationInformation: parseEvacuationInformation,
  TourismPresenceObserved: parsePresence,
  TouristFlowObserved: parseFlow,
};
