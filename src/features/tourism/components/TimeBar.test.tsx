// @vitest-environment jsdom
/**
 * The period's dates are typed and shown as YYYY-MM-DD in both languages (a native date input
 * shows the browser's locale instead), checked as they are typed, and stepped with the arrow
 * keys; only a valid period reaches the URL state.
 */
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translate, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import { rangeOf, type Period } from '../model/period';
import { formatCursor, formatDay } from './format';
import { TimeBar } from './TimeBar';

afterEach(cleanup);

const PERIOD: Period = { from: '2026-08-01', to: '2026-08-07' };

/** The view around the bar: a valid period it applies becomes the shown period, as the store does. */
function Host({ lang, onChange }: { lang: Lang; onChange: (patch: object) => void }) {
  const [period, setPeriod] = useState(PERIOD);
  const t: TFunction = (key, params) => translate(lang, key, params);
  const range = rangeOf(period);
  return (
    <TimeBar
      period={period}
      range={range}
      cursor={range.fromMs + 12 * 3_600_000}
      compared={null}
      playing={false}
      speed={1}
      vs="none"
      onChange={(patch) => {
        onChange(patch);
        if (patch.range) setPeriod(patch.range);
      }}
      onPlaying={() => undefined}
      lang={lang}
      t={t}
    />
  );
}

function show(lang: Lang = 'en') {
  const onChange = vi.fn();
  render(<Host lang={lang} onChange={onChange} />);
  const from = screen.getByTestId<HTMLInputElement>('period-from');
  const to = screen.getByTestId<HTMLInputElement>('period-to');
  return { onChange, from, to };
}

describe('TimeBar dates', () => {
  it.each<Lang>(['ja', 'en'])(
    'are plain YYYY-MM-DD text fields in %s, never a date input',
    (lang) => {
      const { from, to } = show(lang);
      expect([from.type, from.value, to.type, to.value]).toEqual([
        'text',
        '2026-08-01',
        'text',
        '2026-08-07',
      ]);
      expect(document.querySelector('input[type="date"]')).toBeNull();
      // The format is said to screen readers too.
      const hint = document.getElementById(from.getAttribute('aria-describedby')!)!;
      expect(hint.textContent).toContain('YYYY-MM-DD');
    },
  );

  it.each<[string, string, string | null, Period | null]>([
    ['a valid new start', '2026-07-30', null, { from: '2026-07-30', to: '2026-08-07' }],
    ['a date still being typed', '2026-07-3', null, null],
    [
      'a complete non-date',
      '2026-13-01',
      'Enter dates as YYYY-MM-DD (for example 2026-08-01)',
      null,
    ],
    [
      'a start after the end',
      '2026-08-09',
      'Choose a period of 1 to 92 days that starts before it ends',
      null,
    ],
    [
      'too long a period',
      '2026-01-01',
      'Choose a period of 1 to 92 days that starts before it ends',
      null,
    ],
  ])('typing %s', async (_label, typed, error, applied) => {
    const { onChange, from } = show('en');
    await userEvent.clear(from);
    await userEvent.type(from, typed);
    expect(from.value).toBe(typed); // what was typed is kept, valid or not
    const alert = screen.queryByRole('alert');
    expect(alert?.textContent ?? null).toBe(error);
    expect(from.getAttribute('aria-invalid')).toBe(String(error !== null));
    const last = onChange.mock.calls.at(-1)?.[0] as { range: Period } | undefined;
    expect(last?.range ?? null).toEqual(applied);
    if (applied) expect(last).toEqual({ range: applied, cursor: null });
  });

  it('steps a date by a day with the arrow keys, and Escape gives the period back', async () => {
    const { onChange, from, to } = show('en');
    from.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(onChange).toHaveBeenLastCalledWith({
      range: { from: '2026-07-31', to: '2026-08-07' },
      cursor: null,
    });
    await userEvent.clear(to);
    await userEvent.type(to, '2026-07-0');
    expect(to.value).toBe('2026-07-0');
    await userEvent.keyboard('{Escape}');
    expect(to.value).toBe('2026-08-07');
  });
});

describe('tourism times in English', () => {
  const hours = Array.from({ length: 24 }, (_, h) =>
    Date.parse(`2026-08-01T${String(h).padStart(2, '0')}:00:00+09:00`),
  );
  it.each(hours)('hour %d reads without Japanese in English and with 時 nowhere', (ms) => {
    for (const text of [formatCursor(ms, 'en'), formatDay(ms, 'en')]) {
      expect(text).not.toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
    }
    expect(formatCursor(ms, 'en')).toMatch(/\d{2}:00 JST$/);
  });
});
