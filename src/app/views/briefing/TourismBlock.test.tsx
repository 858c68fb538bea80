// @vitest-environment jsdom
/**
 * The briefing's flow tables say how visitors travelled with the app's own icons (inline SVG
 * with the mode's name), chosen by each flow's transport mode: a flight to Goto is air, never a
 * sea crossing, and nothing relies on an emoji font that a printer may not have.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { translate, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import type { DaysState } from '../../../features/tourism/api/combine';
import { aggregateFlows } from '../../../features/tourism/model/flows';
import { byDate, flow, flowDay, range, total } from '../../../features/tourism/model/test-data';
import { ALL_FILTER } from '../../../domain/tourism-days';
import type { TourismBriefing } from './model/tourism-briefing';
import { TourismBlock } from './TourismBlock';

afterEach(cleanup);

const D = '2026-08-24';
const goto = '42211';
const flows = aggregateFlows(
  byDate(
    flowDay(D, [
      // Fukuoka → Goto: flights only. Nagasaki → Goto: ferry, and a few flights.
      flow(D, 0, 40, { destinationCode: goto, mode: 'air' }),
      flow(D, 0, 300, {
        origin: { kind: 'municipality', code: '42201' },
        destinationCode: goto,
        mode: 'ferry',
      }),
      flow(D, 0, 25, {
        origin: { kind: 'municipality', code: '42201' },
        destinationCode: goto,
        mode: 'air',
      }),
      // Ōmura (the airport) → Goto, suppressed: the mode is still known.
      flow(D, 0, null, {
        origin: { kind: 'municipality', code: '42205' },
        destinationCode: goto,
        mode: 'air',
      }),
    ]),
  ),
  range(D, '2026-08-25'),
  ALL_FILTER,
);

const b: TourismBriefing = {
  average: 1000,
  compareAverage: null,
  averageChange: null,
  arrivals: total(365, 1),
  compareArrivals: null,
  arrivalsChange: null,
  topOrigins: [],
  flowsIn: flows,
  flowsOut: [],
};
const days = { ...({} as DaysState), loaded: 14, total: 14, failedDays: 0 };

/** The block for Goto, this week from D, no comparison period; `over` sets the rest. */
function renderBlock(
  lang: Lang,
  over: Pick<Parameters<typeof TourismBlock>[0], 'b' | 'days' | 'comparedDays'>,
) {
  const t: TFunction = (key, params) => translate(lang, key, params);
  render(
    <TourismBlock
      area={goto}
      {...over}
      period={{ from: D, to: '2026-08-30' }}
      compared={null}
      asOf="—"
      lang={lang}
      t={t}
    />,
  );
}

function show(lang: Lang) {
  renderBlock(lang, { b, days, comparedDays: null });
  return screen.getByTestId('brief-flows-in');
}

/** Per row: origin, then the modes as their icons name them. */
const modesByRow = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      row.querySelector('th')!.textContent,
      ...within(row)
        .queryAllByRole('img')
        .map((img) => `${img.getAttribute('data-mode')}:${img.getAttribute('aria-label')}`),
    ]);

describe('TourismBlock flow tables', () => {
  it.each<[Lang, string[][]]>([
    [
      'ja',
      [
        ['長崎市', 'ferry:船', 'air:航空機'],
        ['福岡県', 'air:航空機'],
        ['大村市', 'air:航空機'],
      ],
    ],
    [
      'en',
      [
        ['Nagasaki', 'ferry:Ferry', 'air:Air'],
        ['Fukuoka', 'air:Air'],
        ['Omura', 'air:Air'],
      ],
    ],
  ])('draws each mode with its own SVG icon and name (%s)', (lang, rows) => {
    const table = show(lang);
    expect(modesByRow(table)).toEqual(rows);
    for (const svg of table.querySelectorAll('svg'))
      expect(svg.querySelector('title')).not.toBeNull();
  });

  it('names the icons once, in a key of the modes the tables use', () => {
    show('en');
    const key = screen.getByTestId('transport-key');
    expect(
      within(key)
        .getAllByRole('img')
        .map((i) => i.getAttribute('aria-label')),
    ).toEqual(['Ferry', 'Air']);
    const words = [...key.querySelectorAll('span[aria-hidden="true"]')].map((w) => w.textContent);
    expect(words).toEqual(['Ferry', 'Air']);
  });

  it('uses no emoji or pictograph a print font may lack, and calls no flight a sea crossing', () => {
    const table = show('ja');
    expect(table.textContent).not.toMatch(/[\u2600-\u27bf\u{1f300}-\u{1faff}]/u);
    expect(table.textContent).not.toContain('海を渡る');
    const fukuoka = within(table).getAllByRole('row')[2]!;
    expect(within(fukuoka).queryByRole('img', { name: '船' })).toBeNull();
  });
});

describe('TourismBlock while the weeks load', () => {
  const week = (loaded: number, failedDays = 0) => ({
    ...({} as DaysState),
    loaded,
    failedDays,
    total: 14,
  });
  const block = (main: DaysState, compared: DaysState | null) =>
    renderBlock('en', { b: null, days: main, comparedDays: compared });

  it.each<[string, DaysState, DaysState | null, 'loading' | 'no data']>([
    ["this week in, last year's still coming: loading", week(14), week(3), 'loading'],
    ['this week still coming: loading', week(5), week(14), 'loading'],
    ['both weeks in and nothing to show: no data', week(14), week(14), 'no data'],
    ['every day failed: no data, with the failure said', week(0, 14), week(0, 14), 'no data'],
    ['no comparison, this week in: no data', week(14), null, 'no data'],
  ])('%s', (_name, main, compared, shows) => {
    block(main, compared);
    expect(screen.queryByTestId('brief-tour-nodata') !== null).toBe(shows === 'no data');
    expect(screen.queryByRole('status') !== null).toBe(shows === 'loading');
  });
});
