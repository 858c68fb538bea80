import { describe, expect, it } from 'vitest';
import { isOpenStatus, spareOf, type OpeningStatus } from './live';

describe('isOpenStatus', () => {
  it.each<[OpeningStatus, boolean]>([
    ['open', true],
    ['full', true],
    ['closed', false],
    ['unknown', false],
  ])('%s → %s', (status, open) => {
    expect(isOpenStatus(status)).toBe(open);
  });
});

describe('spareOf', () => {
  it.each<[OpeningStatus, number | undefined, number | undefined, number | undefined]>([
    ['open', 100, 30, 70],
    ['open', 100, 130, 0],
    ['open', 100, undefined, undefined],
    ['open', undefined, 30, undefined],
    ['full', 100, 30, 0],
    ['closed', 100, 0, 0],
    ['unknown', 100, 30, undefined],
  ])('%s, capacity %s, people %s → %s', (status, capacity, people, spare) => {
    expect(spareOf(status, capacity, people)).toBe(spare);
  });
});
