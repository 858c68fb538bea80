import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../model/matrix';
import { AT, cells, failed, ok, snapshot, type } from '../model/test-data';
import { RATE_RAMP } from './colors';
import { platformLayerData } from './records-layer';

describe('platformLayerData', () => {
  it('classes each municipality by records per 10,000 residents and counts the classes', () => {
    const m = buildMatrix(
      snapshot([
        // 42201 Nagasaki (409,100): 504 → 12.3; 42383 Ojika (2,300): 32 → 139.1;
        // 42203 Shimabara (43,300): 123 → 28.4; 42213 Unzen (41,100): 201 → 48.9;
        // 42202 none; 42204 unknown; the other 15 one record each (under 20).
        type(
          'EvacuationSite',
          cells(ok(1), {
            '42201': ok(504),
            '42383': ok(32),
            '42203': ok(123),
            '42213': ok(201),
            '42202': ok(0),
            '42204': failed(),
          }),
        ),
      ]),
      AT,
    );
    const data = platformLayerData(m);
    expect(data.rates.size).toBe(21);
    expect(data.rates.get('42201')?.per10k).toBe(12.3);
    expect(data.rates.get('42204')).toBeNull();
    expect(data.classCounts).toEqual([1, 16, 1, 1, 1]);
    expect(data.classCounts).toHaveLength(RATE_RAMP.length);
    expect(data.unknown).toBe(1);
    expect(data.partial).toBe(false);
  });

  it('is partial when a municipality misses one type’s count', () => {
    const m = buildMatrix(
      snapshot([
        type('EvacuationSite', cells(ok(3))),
        type('DesignatedShelter', cells(ok(3), { '42201': failed() })),
      ]),
      AT,
    );
    const data = platformLayerData(m);
    expect(data.partial).toBe(true);
    expect(data.rates.get('42201')).toMatchObject({ records: 3, partial: true });
    expect(data.unknown).toBe(0);
  });
});
