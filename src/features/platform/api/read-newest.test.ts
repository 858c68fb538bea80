import { describe, expect, it } from 'vitest';
import { readNewest } from './read-newest';

const T = (iso: string) => Date.parse(iso);
const code = (value: string) => ({ type: 'Property', value });

describe('readNewest', () => {
  it.each<[string, unknown[], Record<string, number>, Record<string, number>]>([
    [
      'entity modifiedAt, newest per municipality, both code forms',
      [
        {
          id: 'a',
          type: 'X',
          modifiedAt: '2026-01-01T00:00:00Z',
          localGovernmentCode: code('422011'),
        },
        {
          id: 'b',
          type: 'X',
          modifiedAt: '2026-02-01T00:00:00Z',
          localGovernmentCode: code('42201'),
        },
        {
          id: 'c',
          type: 'X',
          modifiedAt: '2025-02-01T00:00:00Z',
          localGovernmentCode: code('42202'),
        },
      ],
      { '42201': T('2026-02-01T00:00:00Z'), '42202': T('2025-02-01T00:00:00Z') },
      {},
    ],
    [
      'attribute modifiedAt when the entity has none (every instance of a multi-attribute)',
      [
        {
          id: 'a',
          type: 'X',
          localGovernmentCode: [
            { type: 'Property', value: '42201', modifiedAt: '2026-03-01T00:00:00Z' },
            {
              type: 'Property',
              value: '42201',
              datasetId: 'urn:x',
              modifiedAt: '2026-04-01T00:00:00Z',
            },
          ],
        },
      ],
      { '42201': T('2026-04-01T00:00:00Z') },
      {},
    ],
    [
      'observedAt of any attribute',
      [
        {
          id: 'a',
          type: 'X',
          localGovernmentCode: code('422029'),
          openingStatus: { type: 'Property', value: 'open', observedAt: '2026-09-01T01:00:00Z' },
          evacueeTotal: { type: 'Property', value: 3, observedAt: '2026-09-01T02:00:00Z' },
        },
      ],
      {},
      { '42202': T('2026-09-01T02:00:00Z') },
    ],
    [
      'keyValues with entity times',
      [{ id: 'a', type: 'X', localGovernmentCode: '42201', modifiedAt: '2026-01-01T00:00:00Z' }],
      { '42201': T('2026-01-01T00:00:00Z') },
      {},
    ],
    [
      'unknown, bad-check-digit or missing codes, unparsable times and junk are left out',
      [
        {
          id: 'a',
          type: 'X',
          modifiedAt: '2026-01-01T00:00:00Z',
          localGovernmentCode: code('13101'),
        },
        {
          id: 'b',
          type: 'X',
          modifiedAt: '2026-01-01T00:00:00Z',
          localGovernmentCode: code('422012'),
        },
        { id: 'c', type: 'X', modifiedAt: '2026-01-01T00:00:00Z' },
        { id: 'd', type: 'X', modifiedAt: 'yesterday', localGovernmentCode: code('42201') },
        {
          id: 'e',
          type: 'X',
          modifiedAt: '2026-01-01T00:00:00Z',
          localGovernmentCode: { type: 'Property', value: 42201 },
        },
        'junk',
        null,
      ],
      {},
      {},
    ],
  ])('%s', (_name, entities, modifiedAt, observedAt) => {
    expect(readNewest(entities)).toEqual({ modifiedAt, observedAt });
  });
});
