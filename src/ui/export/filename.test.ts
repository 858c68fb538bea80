import { describe, expect, it } from 'vitest';
import { exportFilename, fileSlug, jstStamp } from './filename';

describe('jstStamp', () => {
  it.each([
    ['midday JST', '2026-08-10T12:05:00+09:00', '20260810-1205'],
    ['UTC evening is the next JST day', '2026-08-10T15:30:59Z', '20260811-0030'],
    ['seconds are dropped, not rounded', '2026-12-31T23:59:59.999+09:00', '20261231-2359'],
    ['JST midnight', '2027-01-01T00:00:00+09:00', '20270101-0000'],
  ])('%s', (_label, iso, expected) => {
    expect(jstStamp(Date.parse(iso))).toBe(expected);
  });
});

describe('fileSlug', () => {
  it.each([
    ['plain', 'municipalities', 'municipalities'],
    ['upper case', 'Trends', 'trends'],
    ['period kept', 'presence-2026-08-01_2026-08-07', 'presence-2026-08-01_2026-08-07'],
    ['spaces and kanji become one dash', 'flows 長崎市 day', 'flows-day'],
    ['path separators', '../etc/passwd', 'etc-passwd'],
    ['nothing usable', '長崎', 'export'],
    ['empty', '', 'export'],
  ])('%s', (_label, what, expected) => {
    expect(fileSlug(what)).toBe(expected);
  });
});

describe('exportFilename', () => {
  const at = Date.parse('2026-08-10T14:05:00+09:00');
  it.each([
    ['csv', 'municipalities', 'csv', 'nagasaki-municipalities-20260810-1405-jst.csv'],
    ['png', 'trends', 'png', 'nagasaki-trends-20260810-1405-jst.png'],
  ] as const)('%s', (_label, what, ext, expected) => {
    expect(exportFilename(what, ext, at)).toBe(expected);
  });
});
