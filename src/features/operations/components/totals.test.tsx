// @vitest-environment jsdom
/**
 * The prefecture totals: the two full counts as two labelled figures, the rules for them and
 * for spare, and the notes in the reader's language, styled by the one severity rule.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { translate, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import { aggregate } from '../model/aggregates';
import { joinOverlays } from '../model/join';
import { master, overlay, VACAN } from '../model/test-data';
import { TotalsPanel } from './TotalsPanel';

afterEach(cleanup);

const tOf =
  (lang: Lang): TFunction =>
  (key, params) =>
    translate(lang, key, params);

const A = 'E4220100001111';
const B = 'E4220100002111';
const C = 'E4220100003111';
const masters = [
  master(A, { name: '市民会館', maxCapacity: 100 }),
  master(B, { maxCapacity: 50 }),
  master(C, { maxCapacity: 40 }),
];
const T = Date.parse('2026-09-01T12:00:00+09:00');
const joined = joinOverlays(
  masters,
  [
    // A tie: the invalid report has the smaller id and must not win.
    overlay('a-relay', { nationalShelterId: A, observedAt: T, invalidFields: ['evacueeTotal'] }),
    overlay('a-main', { nationalShelterId: A, observedAt: T, evacueeTotal: 85 }),
    overlay('b', { nationalShelterId: B, openingStatus: 'full', evacueeTotal: 20 }),
    overlay('c', { nationalShelterId: C, openingStatus: 'unknown', rawStatus: 'preparing' }),
    overlay('d', { nationalShelterId: 'E4220199001111', evacueeTotal: 5, maxCapacity: 3 }),
  ],
  { bands: VACAN, overCapacityPercent: 150 },
);
const totals = aggregate(joined.live, { islandSpareMarginPercent: 10, fullBandPercent: 80 });

describe('TotalsPanel', () => {
  it.each<[Lang, string, string]>([
    ['ja', '満員報告', '80%以上'],
    ['en', 'Reported full', '≥80%'],
  ])('shows reported full and the full band as two labelled figures (%s)', (lang, rep, band) => {
    render(<TotalsPanel totals={totals.prefecture} joined={joined} lang={lang} t={tOf(lang)} />);
    expect(screen.getByTestId('total-reported-full').textContent).toMatch(/^1/);
    // a-main at 85 % and d at 167 %; b is reported full at 40 %.
    expect(screen.getByTestId('total-full-band').textContent).toMatch(/^2/);
    expect(screen.getByText(rep)).toBeInTheDocument();
    expect(screen.getByText(band)).toBeInTheDocument();
    // Evacuees of the valid report are in the total (85 + 20 + 5).
    expect(screen.getByTestId('total-evacuees').textContent).toMatch(/^110/);
    expect(screen.getByTestId('full-rule').textContent).toContain('80%');
    expect(screen.getByTestId('spare-rule').textContent).not.toBe('');
  });

  it('says which report of a duplicate was used and why', () => {
    render(<TotalsPanel totals={totals.prefecture} joined={joined} lang="ja" t={tOf('ja')} />);
    const note = screen.getByTestId('note-duplicates');
    expect(note.querySelector('[data-kept]')?.getAttribute('data-kept')).toBe('a-main');
    expect(within(note).getByText(/a-relay/).textContent).toContain('evacueeTotalが不正');
    expect(note.textContent).toContain('市民会館');
  });

  it.each<[string, string, string]>([
    ['note-overCapacity', 'note-alarm', '収容人数を大きく超える報告 1件'],
    ['note-unmatched', 'note-info', 'マスタに無い避難所 1件'],
    ['note-duplicates', 'note-info', '同一避難所への複数の報告 1件を不採用'],
    ['note-unknownStatus', 'note-info', '状態不明の報告 1件（受信した値：「preparing」）'],
  ])('%s is styled as %s and worded in Japanese', (id, cls, text) => {
    render(<TotalsPanel totals={totals.prefecture} joined={joined} lang="ja" t={tOf('ja')} />);
    const li = screen.getByTestId(id);
    expect(li.className).toBe(cls);
    expect(li.textContent).toContain(text);
  });

  it('lists alarms before information', () => {
    render(<TotalsPanel totals={totals.prefecture} joined={joined} lang="en" t={tOf('en')} />);
    const items = [...screen.getByTestId('ops-notes').children].map((li) => li.className);
    expect(items[0]).toBe('note-alarm');
    expect(items.slice(1).every((c) => c === 'note-info')).toBe(true);
  });
});
