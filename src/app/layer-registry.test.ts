import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { shippedBoundaries } from '../../mocks/scale/boundaries';
import { buildLayers, namesWaitForMarkers, type LayerContext } from './layer-registry';
import type { Screen } from '../state/url';

/** A context in which every layer has something to draw. */
function fullContext(): LayerContext {
  return {
    boundaries: shippedBoundaries(),
    facilities: [],
    live: [],
    levels: new Map([['42211', { level: 5, label: '緊急安全確保', issuedAt: 0, infoId: 'i1' }]]),
    lifelines: [{ position: [129.8, 32.7], status: 'suspended' }],
    designated: undefined,
    labels: [
      {
        id: '42201',
        text: '長崎市',
        position: [129.87, 32.75],
        priority: 0,
        box: { x: 10, y: 10, width: 40, height: 14 },
      },
    ],
    zoomFactor: 1,
    selectedKey: null,
    scale: 1,
    lang: 'ja',
    tourism: { presence: new Map(), arcs: [], arcMax: 0 },
    area: '42201',
    platform: { rates: new Map(), classCounts: [0, 0, 0, 0, 0], unknown: 0, partial: false },
  };
}

const ids = (layers: Layer[]) => layers.map((l) => l.id);
const hidden = (layers: Layer[]) => layers.filter((l) => !l.props.visible).map((l) => l.id);

describe('buildLayers', () => {
  it.each<[Screen, string[]]>([
    // Bottom to top, as the registry lists them; the live shelters draw only with live data.
    ['operations', ['alert-levels', 'lifelines', 'facilities', 'municipality-labels']],
    [
      'briefing',
      [
        'alert-levels',
        'lifelines',
        'facilities',
        'municipality-labels',
        'briefing-area-halo',
        'briefing-area',
      ],
    ],
    ['tourism', ['tourism-presence', 'tourism-flows', 'tourism-origins', 'municipality-labels']],
    ['platform', ['platform-datasets', 'municipality-labels']],
  ])('%s: the screen’s layers in drawing order', (screen, expected) => {
    const layers = buildLayers(fullContext(), screen, []);
    expect(ids(layers)).toEqual(expected);
    expect(hidden(layers)).toEqual([]);
  });

  it.each<[Screen, string[], string[]]>([
    // [screen, switched off (registry ids), layers then drawn invisible (deck.gl ids)]
    ['operations', ['alert-levels'], ['alert-levels']],
    ['operations', ['lifelines'], ['lifelines']],
    ['operations', ['facilities', 'labels'], ['facilities', 'municipality-labels']],
    ['tourism', ['tourism-flows'], ['tourism-flows', 'tourism-origins']],
    ['platform', ['platform-datasets'], ['platform-datasets']],
    // Another screen's layer switched off changes nothing here.
    ['platform', ['tourism-flows'], []],
  ])('%s with %j off: kept in the list, not visible', (screen, off, invisible) => {
    const on = buildLayers(fullContext(), screen, []);
    const layers = buildLayers(fullContext(), screen, off);
    expect(ids(layers)).toEqual(ids(on));
    expect(hidden(layers).sort()).toEqual([...invisible].sort());
  });

  it('builds nothing that has nothing to draw', () => {
    const ctx = {
      ...fullContext(),
      boundaries: undefined,
      tourism: undefined,
      levels: new Map(),
      lifelines: [],
      // No names placed yet (the camera not settled, or the markers' frame still to come).
      labels: [],
    };
    expect(ids(buildLayers(ctx, 'operations', []))).toEqual(['facilities']);
    expect(ids(buildLayers(ctx, 'tourism', []))).toEqual([]);
  });
});

describe('the facilities’ event-time context', () => {
  const liveCtx = (designated: LayerContext['designated']): LayerContext => ({
    ...fullContext(),
    live: [{} as LayerContext['live'][number]],
    designated,
  });
  const facilityTriggers = (ctx: LayerContext) =>
    buildLayers(ctx, 'operations', ['live-shelters']).find((l) => l.id === 'facilities')?.props
      .updateTriggers;

  it.each<[string, LayerContext['designated']]>([
    ['a hazard rule', () => true],
    ['no rule to judge by', undefined],
  ])(
    'stays the same object across builds with %s, so no attribute is recomputed',
    (_what, rule) => {
      const a = facilityTriggers(liveCtx(rule));
      const b = facilityTriggers({ ...liveCtx(rule), zoomFactor: 0.8, labels: [] });
      expect(a?.getFillColor?.[1]).toBeDefined();
      expect(b?.getFillColor?.[1]).toBe(a?.getFillColor?.[1]);
    },
  );
});

describe('the place names after the markers’ first frame', () => {
  it.each<[string, Screen, string[], number | 'pending', boolean, boolean]>([
    ['masters on their way', 'operations', [], 'pending', false, true],
    ['markers handed, not yet drawn', 'operations', [], 3335, false, true],
    ['markers handed to the briefing’s map', 'briefing', [], 12, false, true],
    ['markers drawn', 'operations', [], 3335, true, false],
    [
      'masters settled with nothing to draw (failed, or all hidden)',
      'operations',
      [],
      0,
      false,
      false,
    ],
    ['the markers’ layer switched off', 'operations', ['facilities'], 'pending', false, false],
    ['the tourism screen (no markers)', 'tourism', [], 'pending', false, false],
    ['the platform screen (no markers)', 'platform', [], 3335, false, false],
  ])('%s: wait %#', (_what, screen, off, markers, drawn, wait) => {
    expect(namesWaitForMarkers(screen, off, markers, drawn)).toBe(wait);
  });
});
