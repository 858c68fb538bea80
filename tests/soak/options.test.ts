import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseSoakArgs } from './options';

describe('parseSoakArgs', () => {
  it.each<[string[], Partial<typeof DEFAULTS>]>([
    [[], {}],
    [['--minutes', '1440'], { minutes: 1440 }],
    [
      ['--minutes', '5', '--sample-seconds', '20', '--width', '3840', '--height', '2160'],
      { minutes: 5, sampleSeconds: 20, width: 3840, height: 2160 },
    ],
    [['--out', 'reports/soak-24h'], { out: 'reports/soak-24h' }],
  ])('%j', (argv, patch) => expect(parseSoakArgs(argv)).toEqual({ ...DEFAULTS, ...patch }));

  it.each<[string[], RegExp]>([
    [['--hours', '2'], /unknown option --hours/],
    [['--minutes'], /needs a value/],
    [['--minutes', 'ten'], /positive number/],
    [['--minutes', '1', '--sample-seconds', '30'], /three samples/],
  ])('rejects %j', (argv, message) => expect(() => parseSoakArgs(argv)).toThrow(message));
});
