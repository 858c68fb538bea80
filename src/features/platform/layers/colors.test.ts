import { describe, expect, it } from 'vitest';
import { DATASET_RAMP, datasetColor, datasetStep, UNKNOWN_FILL } from './colors';

describe('datasetStep', () => {
  it.each([
    [0, 4, 0],
    [1, 4, 1],
    [2, 4, 2],
    [4, 4, 4],
    [1, 2, 2],
    [2, 2, 4],
    [1, 10, 1],
    [9, 10, 4],
    [3, 0, 0],
  ])('%i of %i → step %i', (n, max, step) => expect(datasetStep(n, max)).toBe(step));
});

describe('datasetColor', () => {
  it('greys out an unknown count, never the colour of 0', () => {
    expect(datasetColor(null, 4)).toEqual(UNKNOWN_FILL);
    expect(datasetColor(0, 4)).toEqual([...(DATASET_RAMP[0] ?? []), 210]);
    expect(datasetColor(0, 4)).not.toEqual(UNKNOWN_FILL);
  });
});
