import { describe, expect, it } from 'vitest';
import {
  cadenceOf,
  cadenceTable,
  cellFreshness,
  type Cadence,
  type CellFreshness,
} from './cadence';

const NOW = Date.parse('2026-12-05T13:00:00Z');
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
/** When the GSI masters shipped with the mock were downloaded (mocks/fixtures/load.ts). */
const GSI_DOWNLOAD = Date.parse('2025-10-26T15:00:00Z');

describe('cadenceOf (defaults)', () => {
  it.each<[string, Cadence]>([
    ['EvacuationSite', { kind: 'every', expectedMs: 365 * DAY }],
    ['DesignatedShelter', { kind: 'every', expectedMs: 365 * DAY }],
    ['EvacuationShelter', { kind: 'every', expectedMs: 10 * MIN }],
    ['EvacuationInformation', { kind: 'event' }],
    ['DisasterEvent', { kind: 'event' }],
    ['TourismPresenceObserved', { kind: 'every', expectedMs: DAY }],
    ['TouristFlowObserved', { kind: 'every', expectedMs: DAY }],
    ['WeatherObserved', { kind: 'unknown' }],
    ['constructor', { kind: 'unknown' }],
  ])('%s', (type, cadence) => expect(cadenceOf(type)).toEqual(cadence));
});

describe('cadenceTable (config over the defaults)', () => {
  const table = cadenceTable({
    EvacuationSite: 30 * DAY,
    EvacuationInformation: 60 * MIN,
    WeatherObserved: 'event',
  });
  it.each<[string, Cadence]>([
    ['EvacuationSite', { kind: 'every', expectedMs: 30 * DAY }],
    ['DesignatedShelter', { kind: 'every', expectedMs: 365 * DAY }],
    ['EvacuationInformation', { kind: 'every', expectedMs: 60 * MIN }],
    ['WeatherObserved', { kind: 'event' }],
    ['AirQualityObserved', { kind: 'unknown' }],
  ])('%s', (type, cadence) => expect(cadenceOf(type, table)).toEqual(cadence));
});

describe('cellFreshness', () => {
  const master = cadenceOf('EvacuationSite');
  const live = cadenceOf('EvacuationShelter');
  const daily = cadenceOf('TourismPresenceObserved');
  const event: Cadence = { kind: 'event' };
  it.each<[string, number | undefined, number | undefined, Cadence, CellFreshness]>([
    ['no records', 0, NOW - DAY, master, 'empty'],
    ['records, no time', 12, undefined, master, 'unknown'],
    ['count unknown, no time', undefined, undefined, master, 'unknown'],
    // The shipped GSI masters, 405 days after their download: within one yearly review.
    ['GSI master as downloaded', 3, GSI_DOWNLOAD, master, 'fresh'],
    ['master 729 days old', 3, NOW - 729 * DAY, master, 'fresh'],
    ['master 731 days old', 3, NOW - 731 * DAY, master, 'aging'],
    ['master 1,824 days old', 3, NOW - 1824 * DAY, master, 'aging'],
    ['master 1,826 days old', 3, NOW - 1826 * DAY, master, 'stale'],
    ['live 19 minutes old', 3, NOW - 19 * MIN, live, 'fresh'],
    ['live 21 minutes old', 3, NOW - 21 * MIN, live, 'aging'],
    ['live 51 minutes old', 3, NOW - 51 * MIN, live, 'stale'],
    ['live from the future (clock skew)', 3, NOW + 5 * MIN, live, 'fresh'],
    ['tourism 47 hours old', 3, NOW - 47 * 60 * MIN, daily, 'fresh'],
    ['tourism 3 days old', 3, NOW - 3 * DAY, daily, 'aging'],
    ['tourism 6 days old', 3, NOW - 6 * DAY, daily, 'stale'],
    ['event-driven: no verdict', 3, NOW - 400 * DAY, event, 'unjudged'],
    ['unknown type: no verdict', 3, NOW - DAY, { kind: 'unknown' }, 'unjudged'],
  ])('%s → %s', (_name, records, newestAt, cadence, expected) => {
    expect(cellFreshness(records, newestAt, NOW, cadence)).toBe(expected);
  });
});
