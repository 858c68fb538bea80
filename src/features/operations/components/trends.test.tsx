// @vitest-environment jsdom
/**
 * The trend with no temporal API: built from the polls, so a fresh page has one hour. It says
 * so (from when, how many hours) instead of looking blank, and says nothing once the day is full.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { translate, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import type { HourlySeries } from '../model/trends';
import { TrendsChart } from './TrendsChart';

afterEach(cleanup);

const tOf =
  (lang: Lang): TFunction =>
  (key, params) =>
    translate(lang, key, params);

const HOUR = 3_600_000;
const START = Date.parse('2026-09-01T00:00:00+09:00');
const hours = Array.from({ length: 24 }, (_, i) => START + i * HOUR);

/** Nagasaki with values in the last `filled` hours only. */
function series(filled: number): HourlySeries {
  return {
    hours,
    byMunicipality: { '42201': hours.map((_, i) => (i >= 24 - filled ? 100 + i : null)) },
  };
}

describe('TrendsChart built from polls', () => {
  it.each([
    ['ja', 1, /1時間分/],
    ['en', 2, /first poll.*\(2 h so far\)/],
  ] as const)(
    'in %s with %i hour(s): says the trend builds up from the first poll',
    (lang, n, text) => {
      render(
        <TrendsChart series={series(n)} from="history" compare={[]} lang={lang} t={tOf(lang)} />,
      );
      const note = screen.getByTestId('trends-building');
      expect(note.textContent).toMatch(text);
      expect(screen.getByTestId('trends-chart')).toBeTruthy();
    },
  );

  it('says nothing once every hour has data, nor with the temporal API', () => {
    render(<TrendsChart series={series(24)} from="history" compare={[]} lang="ja" t={tOf('ja')} />);
    expect(screen.queryByTestId('trends-building')).toBeNull();
    cleanup();
    render(<TrendsChart series={series(1)} from="temporal" compare={[]} lang="ja" t={tOf('ja')} />);
    expect(screen.queryByTestId('trends-building')).toBeNull();
  });
});
