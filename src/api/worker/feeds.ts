import type { DesignatedShelter, EvacuationSite } from '../../domain/types';
import { parseDesignatedShelter, parseEvacuationSite, type EntityParse } from '../entities/masters';
import type { FlatEntityLike } from '../entities/flat';

/**
 * Every entity feed the dashboard reads, by NGSI-LD type, with the parser that validates and
 * normalises one entity. Parsers are functions and cannot cross into a worker, so the worker
 * and the inline fallback both look them up here by name.
 */
export interface FeedTypes {
  EvacuationSite: EvacuationSite;
  DesignatedShelter: DesignatedShelter;
}
export type FeedName = keyof FeedTypes;

type Parsers = { [K in FeedName]: (entity: FlatEntityLike) => EntityParse<FeedTypes[K]> };

export const FEED_PARSERS: Parsers = {
  EvacuationSite: parseEvacuationSite,
  DesignatedShelter: parseDesignatedShelter,
};
