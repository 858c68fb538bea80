import { describe, expect, it } from 'vitest';
import {
  AS_OF_FONT,
  CREDIT_FONT,
  PNG_GAP,
  PNG_PAD,
  pngLayout,
  TITLE_FONT,
  wrapText,
} from './png-layout';

/** Every character 10 px wide. */
const measure = (s: string) => [...s].length * 10;

describe('wrapText', () => {
  it.each<[string, string, number, string[]]>([
    ['fits', 'abc', 30, ['abc']],
    ['breaks after the last space that fits', 'aa bb cc', 55, ['aa bb', 'cc']],
    ['breaks Japanese anywhere', '避難者数の推移過去', 40, ['避難者数', 'の推移過', '去']],
    ['breaks a word longer than the line', 'abcdefgh', 30, ['abc', 'def', 'gh']],
    ['collapses runs of white space', '  a   b  ', 100, ['a b']],
    ['nothing', '', 100, []],
    ['keeps one character on a line too narrow for it', 'ab', 5, ['a', 'b']],
    ['a space exactly at the break is dropped', 'abc def', 30, ['abc', 'def']],
  ])('%s', (_label, text, width, expected) => {
    expect(wrapText(text, width, measure)).toEqual(expected);
  });
});

describe('pngLayout', () => {
  it.each<[string, { title: string[]; asOf: string[]; credit: string[] }, number]>([
    [
      'title, as-of and credit',
      { title: ['T'], asOf: ['A'], credit: ['C'] },
      PNG_PAD +
        TITLE_FONT.line +
        AS_OF_FONT.line +
        PNG_GAP +
        200 +
        PNG_GAP +
        CREDIT_FONT.line +
        PNG_PAD,
    ],
    [
      'two title lines, no as-of, no credit',
      { title: ['T1', 'T2'], asOf: [], credit: [] },
      PNG_PAD + 2 * TITLE_FONT.line + PNG_GAP + 200 + PNG_PAD,
    ],
  ])('%s', (_label, text, height) => {
    const l = pngLayout({ width: 400, height: 200 }, text);
    expect(l.width).toBe(400 + 2 * PNG_PAD);
    expect(l.height).toBe(height);
    expect(l.chart).toEqual({
      x: PNG_PAD,
      y:
        PNG_PAD +
        text.title.length * TITLE_FONT.line +
        text.asOf.length * AS_OF_FONT.line +
        PNG_GAP,
      width: 400,
      height: 200,
    });
    // The header sits above the chart and the credit below it, line after line.
    expect(l.title.tops).toEqual(text.title.map((_, i) => PNG_PAD + i * TITLE_FONT.line));
    for (const top of [...l.title.tops, ...l.asOf.tops]) expect(top).toBeLessThan(l.chart.y);
    for (const top of l.credit.tops) expect(top).toBeGreaterThanOrEqual(l.chart.y + l.chart.height);
  });
});
