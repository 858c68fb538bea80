/**
 * Parsers for the live operations entities (contract §2.2): `EvacuationShelter`,
 * `DisasterEvent`, `EvacuationInformation`. Same shape as the masters' parsers, for
 * `validateFeed`; unlike them, a broken optional field is dropped with a warning and the
 * entity kept (see live-fields.ts).
 */
export { parseEvacuationShelter } from './live-shelter';
export { parseDisasterEvent } from './live-event';
export { parseEvacuationInformation, STANDARD_LEVEL_LABELS } from './live-evacuation-info';
