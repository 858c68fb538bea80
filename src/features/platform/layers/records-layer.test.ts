import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../model/matrix';
import { AT, cells, failed, ok, snapshot, type } from '../model/test-data';
import { platformLayerData } from './datasets-layer';

describe('platformLayerData', () => {
  it('counts datasets per municipality; null only when nothing is known there', () => {
    const m = buildMatrix(
      snapshot([
        type('EvacuationSite', cells(ok(1), { '42201': failed(), '42202': ok(0) })),
        type('DesignatedShelter', cells(ok(1), { '42201': failed() })),
      ]),
      AT,
    );
    const data = platformLayerData(m);
    expect(data.maxTypes).toBe(2);
    expect(data.datasets.get('42201')).toBeNull();
    expect(data.datasets.get('42202')).toBe(1);
    expect(data.datasets.get('42203')).toBe(2);
    expect(data.datasets.size).toBe(21);
    expect(data.partial).toBe(true);
  });

  it('is not partial when every count is known', () => {
    const data = platformLayerData(buildMatrix(snapshot([type('X', cells(ok(0)))]), AT));
    expect(data.partial).toBe(false);
    expect(data.datasets.get('42201')).toBe(0);
  });
});
