/** A JST day of the synthetic tourism feed: the generated entities plus the planted ones. */
import type { NgsiEntity } from '../broker';
import { normalFlows } from './flows';
import { plantFlows, plantPresence } from './planted';
import { normalPresence } from './presence';

/** The documented default seed of the tourism feed. */
export const TOURISM_SEED = 20_190_401;

/** TourismPresenceObserved entities of a JST date; the same (seed, date) gives the same list. */
export const presenceOfDay = (date: string, seed = TOURISM_SEED): NgsiEntity[] =>
  plantPresence(date, normalPresence(date, seed));

/** TouristFlowObserved entities of a JST date; the same (seed, date) gives the same list. */
export const flowsOfDay = (date: string, seed = TOURISM_SEED): NgsiEntity[] =>
  plantFlows(date, normalFlows(date, seed));
