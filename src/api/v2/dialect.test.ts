import { describe, expect, it } from 'vitest';
import { v2Request } from './dialect';
import type { QueryParam } from '../ngsi/request';

const req = (query: QueryParam[]) => v2Request({ path: '/entities', query }).query;

describe('v2Request', () => {
  it.each<[string, QueryParam[], QueryParam[]]>([
    [
      'a count: limit=0, which Orion refuses, asked as limit=1',
      [
        ['type', 'X'],
        ['limit', '0'],
        ['count', 'true'],
      ],
      [
        ['type', 'X'],
        ['limit', '1'],
        ['options', 'count'],
      ],
    ],
    [
      'sysAttrs with named attributes: Orion’s built-in times added to them',
      [
        ['type', 'X'],
        ['attrs', 'localGovernmentCode'],
        ['options', 'sysAttrs,keyValues'],
      ],
      [
        ['type', 'X'],
        ['attrs', 'localGovernmentCode,dateCreated,dateModified'],
        ['options', 'keyValues'],
      ],
    ],
    [
      'sysAttrs alone: every attribute and the built-in times',
      [
        ['type', 'X'],
        ['options', 'sysAttrs'],
      ],
      [
        ['type', 'X'],
        ['attrs', '*,dateCreated,dateModified'],
      ],
    ],
    [
      'a q with double quotes, quoted the v2 way; details dropped',
      [
        ['q', 'a=="b"'],
        ['details', 'true'],
        ['limit', '1000'],
      ],
      [
        ['q', "a=='b'"],
        ['limit', '1000'],
      ],
    ],
  ])('%s', (_what, query, expected) => {
    expect(req(query)).toEqual(expected);
  });
});
