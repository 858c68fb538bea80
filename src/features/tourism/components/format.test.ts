import { describe, expect, it } from 'vitest';
import { translate } from '../../../i18n';
import { formatChange, formatCursor, formatTotal, originLabel } from './format';

const ja = (key: Parameters<typeof translate>[1], p?: Parameters<typeof translate>[2]) =>
  translate('ja', key, p);
const en = (key: Parameters<typeof translate>[1], p?: Parameters<typeof translate>[2]) =>
  translate('en', key, p);

describe('tourism formatting', () => {
  it.each([
    [{ value: 1234, suppressed: 0 }, '1,234'],
    [{ value: 1234, suppressed: 2 }, '1,234以上'],
    [{ value: 0, suppressed: 0 }, '0'],
    [{ value: null, suppressed: 3 }, 'データなし'],
    [undefined, 'データなし'],
  ])('%j is %s', (total, text) => {
    expect(formatTotal(total, 'ja', ja)).toBe(text);
  });

  it.each([
    ['JP-40', 'ja', '福岡県'],
    ['JP', 'ja', 'その他の都道府県'],
    ['KR', 'en', 'South Korea'],
    ['13', 'en', 'Tokyo'],
    ['42209', 'ja', '対馬市'],
    ['ZZ', 'en', 'ZZ'],
  ] as const)('origin %s in %s is %s', (key, lang, label) => {
    expect(originLabel(key, lang, lang === 'ja' ? ja : en)).toBe(label);
  });

  it.each([
    [0.123, '+12.3%'],
    [-0.5, '-50%'],
    [null, '—'],
  ])('change %s is %s', (change, text) => {
    expect(formatChange(change, 'en')).toBe(text);
  });

  it('shows the cursor in JST whatever the machine zone', () => {
    const ms = Date.parse('2026-11-18T13:00:00+09:00');
    expect(formatCursor(ms, 'ja')).toContain('13:00');
    expect(formatCursor(ms, 'en')).toMatch(/Wed 18 Nov.*13:00 JST/);
  });
});
