import { describe, expect, it } from 'vitest';
import { cadenceOf, cellFreshness, type Cadence, type CellFreshness } from './cadence';

const NOW = Date.parse('2026-12-02T00:00:00Z');
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe('cadenceOf', () => {
  it.each([
    ['EvacuationSite', 'master'],
    ['DesignatedShelter', 'master'],
    ['EvacuationShelter', 'live'],
    ['EvacuationInformation', 'event'],
    ['TourismPresenceObserved', 'daily'],
    ['WeatherObserved', 'unknown'],
    ['constructor', 'unknown'],
  ])('%s is %s', (type, kind) => expect(cadenceOf(type).kind).toBe(kind));
});

describe('cellFreshness', () => {
  const master = cadenceOf('EvacuationSite');
  const live = cadenceOf('EvacuationShelter');
  const event: Cadence = { kind: 'event' };
  it.each<[string, number | undefined, number | undefined, Cadence, CellFreshness]>([
    ['no records', 0, NOW - DAY, master, 'empty'],
    ['records, no time', 12, undefined, master, 'unknown'],
    ['count unknown, no time', undefined, undefined, master, 'unknown'],
    ['master 59 days old', 3, NOW - 59 * DAY, master, 'fresh'],
    ['master 61 days old', 3, NOW - 61 * DAY, master, 'aging'],
    ['master 151 days old', 3, NOW - 151 * DAY, master, 'stale'],
    ['live 19 minutes old', 3, NOW - 19 * MIN, live, 'fresh'],
    ['live 21 minutes old', 3, NOW - 21 * MIN, live, 'aging'],
    ['live 51 minutes old', 3, NOW - 51 * MIN, live, 'stale'],
    ['live from the future (clock skew)', 3, NOW + 5 * MIN, live, 'fresh'],
    ['event-driven: no verdict', 3, NOW - 400 * DAY, event, 'unjudged'],
    ['unknown type: no verdict', 3, NOW - DAY, { kind: 'unknown' }, 'unjudged'],
  ])('%s → %s', (_name, records, newestAt, cadence, expected) => {
    expect(cellFreshness(records, newestAt, NOW, cadence)).toBe(expected);
  });
});
