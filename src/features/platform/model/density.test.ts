import { describe, expect, it } from 'vitest';
import { buildMatrix } from './matrix';
import { per10kOf, ratesOf } from './density';
import { AT, cells, failed, ok, snapshot, type } from './test-data';

describe('per10kOf', () => {
  it.each<[number, number, number]>([
    [504, 409_100, 12.3], // Nagasaki City's GSI masters
    [32, 2_300, 139.1], // Ojika's
    [0, 2_300, 0],
    [1, 10_000, 1],
    [1, 30_000, 0.3],
    [2, 10_001, 2], // 1.9998 → 2.0
  ])('%i records over %i residents → %d', (records, residents, rate) =>
    expect(per10kOf(records, residents)).toBe(rate),
  );
});

describe('ratesOf', () => {
  it('divides each municipality’s records over all types by its residents', () => {
    const m = buildMatrix(
      snapshot([
        type('EvacuationSite', cells(ok(10), { '42201': ok(236), '42383': ok(20) })),
        type('DesignatedShelter', cells(ok(5), { '42201': ok(268), '42383': ok(12) })),
      ]),
      AT,
    );
    const { rates, prefecture } = ratesOf(m);
    expect(rates.get('42201')).toEqual({
      records: 504,
      residents: 409_100,
      per10k: 12.3,
      partial: false,
    });
    expect(rates.get('42383')).toMatchObject({ records: 32, per10k: 139.1, partial: false });
    expect(rates.get('42411')).toMatchObject({ records: 15, residents: 17_500, per10k: 8.6 });
    // 19 × 15 + 504 + 32 records over the 2020 census's residents (each rounded to the hundred).
    expect(prefecture).toMatchObject({ records: 821, residents: 1_313_300, per10k: 6.3 });
  });

  it('is a lower bound when a type’s count is missing, and unknown when all are', () => {
    const m = buildMatrix(
      snapshot([
        type('EvacuationSite', cells(ok(2), { '42201': failed(), '42202': failed() })),
        type('DesignatedShelter', cells(ok(1), { '42201': failed() })),
      ]),
      AT,
    );
    const { rates, prefecture } = ratesOf(m);
    expect(rates.get('42201')).toBeNull();
    expect(rates.get('42202')).toMatchObject({ records: 1, partial: true });
    expect(rates.get('42203')).toMatchObject({ records: 3, partial: false });
    expect(prefecture?.partial).toBe(true);
  });

  it('knows nothing when nothing is counted', () => {
    const m = buildMatrix(snapshot([type('EvacuationSite', cells(failed()))]), AT);
    expect(ratesOf(m).prefecture).toBeNull();
  });
});
