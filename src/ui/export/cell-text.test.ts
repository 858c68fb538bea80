import { describe, expect, it } from 'vitest';
import { translate, type Lang } from '../../i18n';
import type { TFunction } from '../../i18n';
import { csvValue, custom, flag, total, type ExportValue } from '../../domain/export-table';
import { cellText } from './cell-text';

const tOf =
  (lang: Lang): TFunction =>
  (key, params) =>
    translate(lang, key, params);

describe('one value, on screen (ja, en) and in the file', () => {
  it.each<[string, ExportValue, string, string, string | number | null | undefined]>([
    ['text', '長崎市', '長崎市', '長崎市', '長崎市'],
    ['number', 12345, '12,345', '12,345', 12345],
    ['zero is a number, not nothing', 0, '0', '0', 0],
    ['nothing', null, '—', '—', null],
    ['not a number', Number.NaN, '—', '—', Number.NaN],
    ['published total', total({ value: 1200, suppressed: 0 }), '1,200', '1,200', 1200],
    [
      'total leaving suppressed records out',
      total({ value: 1200, suppressed: 3 }),
      '1,200以上',
      'at least 1,200',
      1200,
    ],
    [
      'only suppressed records',
      total({ value: null, suppressed: 2 }),
      '秘匿',
      'Suppressed',
      'suppressed',
    ],
    ['no record at all', total({ value: null, suppressed: 0 }), '—', '—', null],
    ['a zero total is zero', total({ value: 0, suppressed: 0 }), '0', '0', 0],
    ['yes', flag(true), 'はい', 'Yes', 'yes'],
    ['no', flag(false), 'いいえ', 'No', 'no'],
    ['custom', custom('Lv4', 4), 'Lv4', 'Lv4', 4],
  ])('%s', (_label, value, ja, en, csv) => {
    expect(cellText(value, 'ja', tOf('ja'))).toBe(ja);
    expect(cellText(value, 'en', tOf('en'))).toBe(en);
    expect(csvValue(value)).toEqual(csv);
  });
});
