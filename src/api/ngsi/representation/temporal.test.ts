import { describe, expect, it } from 'vitest';
import { flattenTemporalEntity } from './temporal';
import type { TemporalSeries } from './temporal-types';

const ID = 'urn:ngsi-ld:EvacuationShelter:E4220100001111';

function seriesOf(member: unknown): TemporalSeries | undefined {
  const result = flattenTemporalEntity({ id: ID, type: 'EvacuationShelter', evacueeTotal: member });
  if (!result.ok) throw new Error(result.reason);
  return result.entity.series['evacueeTotal'];
}

const cases: Array<[string, unknown, TemporalSeries | undefined]> = [
  [
    'temporalValues',
    {
      type: 'Property',
      values: [
        [10, '2026-09-01T00:00:00Z'],
        [12, '2026-09-01T01:00:00Z'],
      ],
    },
    {
      kind: 'Property',
      values: [
        [10, '2026-09-01T00:00:00Z'],
        [12, '2026-09-01T01:00:00Z'],
      ],
    },
  ],
  [
    'temporalValues skips malformed pairs',
    { type: 'Property', values: [[10, '2026-09-01T00:00:00Z'], [11], 'x', [12, 5]] },
    { kind: 'Property', values: [[10, '2026-09-01T00:00:00Z']] },
  ],
  [
    'temporalValues relationship objects',
    { type: 'Relationship', objects: [['urn:a', '2026-09-01T00:00:00Z']] },
    { kind: 'Relationship', values: [['urn:a', '2026-09-01T00:00:00Z']] },
  ],
  [
    'temporalValues without type implies the kind',
    { objects: [['urn:a', '2026-09-01T00:00:00Z']] },
    { kind: 'Relationship', values: [['urn:a', '2026-09-01T00:00:00Z']] },
  ],
  [
    'temporalValues with a DateTime literal',
    {
      type: 'Property',
      values: [[{ '@type': 'DateTime', '@value': '2026-09-01T09:00:00Z' }, '2026-09-01T00:00:00Z']],
    },
    { kind: 'Property', values: [['2026-09-01T09:00:00Z', '2026-09-01T00:00:00Z']] },
  ],
  [
    'aggregatedValues',
    {
      type: 'Property',
      max: [[120, '2026-09-01T00:00:00Z', '2026-09-01T01:00:00Z']],
      avg: [[80.5, '2026-09-01T00:00:00Z', '2026-09-01T01:00:00Z'], ['bad']],
    },
    {
      kind: 'Property',
      aggregates: {
        max: [[120, '2026-09-01T00:00:00Z', '2026-09-01T01:00:00Z']],
        avg: [[80.5, '2026-09-01T00:00:00Z', '2026-09-01T01:00:00Z']],
      },
    },
  ],
  [
    'normalized instances',
    [
      { type: 'Property', value: 10, observedAt: '2026-09-01T00:00:00Z', instanceId: 'urn:i:1' },
      { type: 'Property', value: 12, observedAt: '2026-09-01T01:00:00Z', instanceId: 'urn:i:2' },
    ],
    {
      kind: 'Property',
      instances: [
        { value: 10, observedAt: '2026-09-01T00:00:00Z' },
        { value: 12, observedAt: '2026-09-01T01:00:00Z' },
      ],
    },
  ],
  [
    'a single normalized instance, unwrapped',
    { type: 'Property', value: 10, observedAt: '2026-09-01T00:00:00Z' },
    { kind: 'Property', instances: [{ value: 10, observedAt: '2026-09-01T00:00:00Z' }] },
  ],
  [
    'instances fall back to modifiedAt, skip timeless ones',
    [
      { type: 'Property', value: 10, modifiedAt: '2026-09-01T00:00:00Z' },
      { type: 'Property', value: 11 },
    ],
    { kind: 'Property', instances: [{ value: 10, observedAt: '2026-09-01T00:00:00Z' }] },
  ],
  [
    'instances of several datasets keep the default one',
    [
      { type: 'Property', value: 1, observedAt: '2026-09-01T00:00:00Z', datasetId: 'urn:ds:a' },
      { type: 'Property', value: 2, observedAt: '2026-09-01T00:00:00Z' },
      { type: 'Property', value: 3, observedAt: '2026-09-01T01:00:00Z' },
    ],
    {
      kind: 'Property',
      instances: [
        { value: 2, observedAt: '2026-09-01T00:00:00Z' },
        { value: 3, observedAt: '2026-09-01T01:00:00Z' },
      ],
    },
  ],
  [
    'multi-attribute series objects keep the default dataset',
    [
      { type: 'Property', datasetId: 'urn:ds:a', values: [[1, '2026-09-01T00:00:00Z']] },
      { type: 'Property', values: [[2, '2026-09-01T00:00:00Z']] },
    ],
    { kind: 'Property', values: [[2, '2026-09-01T00:00:00Z']] },
  ],
  ['a bare number is not a series', 5, undefined],
  ['values that is not an array', { type: 'Property', values: 'x' }, undefined],
  ['all instances timeless', [{ type: 'Property', value: 1 }], undefined],
];

describe('flattenTemporalEntity', () => {
  it.each(cases)('%s', (_name, member, expected) => {
    expect(seriesOf(member)).toEqual(expected);
  });

  it('lists unreadable attributes and rejects non-entities', () => {
    const result = flattenTemporalEntity({
      id: ID,
      type: 'X',
      '@context': 'c',
      bad: 'x',
      good: { values: [[1, 't']] },
    });
    expect(result.ok && result.entity.droppedAttrs).toEqual(['bad']);
    expect(result.ok && Object.keys(result.entity.series)).toEqual(['good']);
    expect(flattenTemporalEntity(null)).toEqual({
      ok: false,
      reason: 'entity is not a JSON object',
    });
    expect(flattenTemporalEntity({ type: 'X' })).toEqual({
      ok: false,
      reason: 'missing or invalid id',
    });
  });
});
