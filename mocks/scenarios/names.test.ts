import { describe, expect, it } from 'vitest';
import { MOCK_SCENARIOS } from '../../src/config/schema';
import { drillFromArgs } from './cli-args';
import { drillScenarioOf, MOCK_SCENARIO_NAMES } from './names';

describe('scenario names and flags', () => {
  it('match the names the app config accepts', () => {
    expect([...MOCK_SCENARIO_NAMES]).toEqual([...MOCK_SCENARIOS]);
  });

  it('maps baseline to no drill and rejects unknown names', () => {
    expect(drillScenarioOf(undefined)).toBeUndefined();
    expect(drillScenarioOf('baseline')).toBeUndefined();
    expect(drillScenarioOf('typhoon-vacan')).toBe('typhoon-vacan');
    expect(() => drillScenarioOf('tsunami')).toThrow(/unknown mock scenario/);
  });

  it.each([
    [['--scenario', 'typhoon', '--speed', '60'], {}, { scenario: 'typhoon', speed: 60 }],
    [
      ['--scenario=typhoon-vacan', '--seed=5', '--start-offset', '0'],
      {},
      { scenario: 'typhoon-vacan', seed: 5, startOffsetMinutes: 0 },
    ],
    [[], { MOCK_SCENARIO: 'typhoon', MOCK_SPEED: '120' }, { scenario: 'typhoon', speed: 120 }],
    [['--port', '0'], {}, {}],
  ])('%j %j', (argv, env, expected) => {
    expect(drillFromArgs(argv, env)).toEqual(expected);
  });

  it.each([
    ['--speed', '0'],
    ['--speed', 'fast'],
    ['--seed', '1.5'],
    ['--scenario', 'x'],
  ])('rejects %s %s', (flag, value) => {
    expect(() => drillFromArgs([flag, value], {})).toThrow();
  });
});
