// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { translate, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import type { TourismAtCursor } from '../hooks/use-tourism-view';
import { toArcs } from '../layers/arcs';
import { ALL_FILTER } from '../../../domain/tourism-days';
import { TourismLegend } from './TourismLegend';

afterEach(cleanup);

function cursorAt(max: number, modes: Record<string, number>): TourismAtCursor {
  const drawn = toArcs([
    { origin: { kind: 'prefecture', code: '40' }, destination: '42209', count: 100, modes },
  ]);
  return {
    filter: ALL_FILTER,
    presence: new Map(),
    presenceMax: max,
    day: { fromMs: 0, toMs: 86_400_000 },
    flows: [],
    arcs: drawn.arcs,
    arcMax: drawn.max,
    hiddenArcs: 0,
    unplacedFlows: 0,
    suppressedFlows: 0,
  };
}

const show = (lang: Lang, at: TourismAtCursor) => {
  const t: TFunction = (key, params) => translate(lang, key, params);
  render(<TourismLegend at={at} lang={lang} t={t} />);
  return screen.getByTestId('tourism-legend');
};

describe('TourismLegend', () => {
  // Breaks: (1 + 10,000)^(k/7) − 1 = 2.7, 12.9, 50.8, 192.1, 718.7, 2,681.9, to two digits.
  it.each<[Lang, string[]]>([
    ['ja', ['0〜2', '3〜12', '13〜50', '51〜189', '190〜719', '720〜2,699', '2,700〜10,000']],
    ['en', ['0–2', '3–12', '13–50', '51–189', '190–719', '720–2,699', '2,700–10,000']],
  ])('numbers every colour class of presence (%s)', (lang, classes) => {
    const legend = show(lang, cursorAt(10_000, { ferry: 100 }));
    const items = within(legend).getByTestId('presence-classes').querySelectorAll('li');
    expect([...items].map((li) => li.textContent)).toEqual(classes);
    expect(legend.textContent).toContain(lang === 'ja' ? '人' : 'people');
  });

  it('has no classes when nothing was published, only the no-data swatch', () => {
    const legend = show('en', cursorAt(0, { ferry: 100 }));
    expect(within(legend).queryByTestId('presence-classes')).toBeNull();
    expect(legend.textContent).toContain('No data or suppressed');
  });

  it('names sea, air and land, and "not given" only when such a flow is drawn', () => {
    expect(show('en', cursorAt(50, { ferry: 60, air: 40 })).textContent).not.toContain(
      'Transport not given',
    );
    cleanup();
    const legend = show('en', cursorAt(50, { ferry: 60 }));
    for (const text of [
      'By sea (ferry)',
      'By air',
      'Over land (road, rail)',
      'Transport not given',
    ])
      expect(legend.textContent).toContain(text);
  });
});
