import type { DesignatedShelter, EvacuationSite } from '../../domain/types';
import type { DisasterEvent, EvacuationInfo, ShelterOverlay } from '../../domain/live';
import { parseDesignatedShelter, parseEvacuationSite } from '../entities/masters';
import type { EntityParse } from '../entities/entity-parse';
import {
  parseDisasterEvent,
  parseEvacuationInformation,
  parseEvacuationShelter,
} from '../entities/live';
import type { FlatEntityLike } from '../entities/flat';
import type { FlowObservation, PresenceObservation } from '../../domain/tourism';
import { parseFlow, parsePresence } from '../entities/tourism';
import { parseTransportService } from '../entities/transport';
import type { TransportService } from '../../domain/lifelines';
import type { PlatformService } from '../../domain/platform-service';
import { parsePlatformService } from '../entities/platform-service';

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
  TransportServiceStatus: TransportService;
  PlatformService: PlatformService;
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
  TransportServiceStatus: parseTransportService,
  PlatformService: parsePlatformService,
};

/**
 * Feeds whose parsers read attribute values alone, never an attribute's metadata
 * (`observedAt`): normalized or concise, their entities are read lazily (`lazyEntity`), an
 * attribute only when the parser asks for it. Live feeds read every attribute's time.
 */
export const VALUE_ONLY_FEEDS: ReadonlySet<FeedName> = new Set<FeedName>([
  'EvacuationSite',
  'DesignatedShelter',
  'EvacuationInformation',
  'DisasterEvent',
  'TourismPresenceObserved',
  'TouristFlowObserved',
  'PlatformService',
]);

/**
 * Result caps for feeds that exceed the client's defaults (100,000 entities, 200 pages): the
 * masters of a nationwide deployment — Japan has about 113,000 emergency sites and 86,000
 * shelters — would otherwise be cut off. Four times that, in pages of the default 500.
 */
export const FEED_PAGING: Partial<Record<FeedName, { maxEntities: number; maxPages: number }>> = {
  EvacuationSite: { maxEntities: 400_000, maxPages: 1_000 },
  DesignatedShelter: { maxEntities: 400_000, maxPages: 1_000 },
};
