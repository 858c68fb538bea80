import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * A fresh process that loads one schema module and nothing else: what a chunk or the feed
 * worker sees when a schema of ours is the first thing to use zod. (The test runner shares
 * modules between files, so a setting made elsewhere could hide a missing one here.)
 */
function firstUse(code: string): unknown {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', code],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as unknown;
}

describe('zod as our schemas load it (domain/zod.ts)', () => {
  it('explains a bad config in English and never compiles with eval, from the first schema loaded', () => {
    const got = firstUse(`
      import { parseConfig } from './src/config/load.ts';
      import { globalConfig } from 'zod/v4/core';
      const r = parseConfig({ apiBaseUrl: '.', mode: 'live', contextUrl: 'https://example.org/c.jsonld', requestTimeoutSeconds: 'a', pollSeconds: { shelters: 1.5 } });
      console.log(JSON.stringify({ issues: r.ok ? [] : r.issues, jitless: globalConfig.jitless === true }));
    `);
    expect(got).toEqual({
      issues: [
        {
          field: 'requestTimeoutSeconds',
          message: 'Invalid input: expected number, received string',
        },
        { field: 'pollSeconds.shelters', message: 'Invalid input: expected int, received number' },
      ],
      jitless: true,
    });
  });

  it('gives a skipped entity its reason in English when the parsers load first (the worker)', () => {
    const got = firstUse(`
      import { parseTransportService } from './src/api/entities/transport.ts';
      const attrs = { routeId: { value: 5 }, routeName: { value: 'a' }, mode: { value: 'ferry' }, fromCode: { value: '42201' }, toCode: { value: '42202' } };
      console.log(JSON.stringify(parseTransportService({ id: 'urn:x', type: 'TransportServiceStatus', attrs })));
    `);
    expect(got).toEqual({
      ok: false,
      reason: 'routeId: Invalid input: expected string, received number',
    });
  });
});
