import { describe, expect, it } from 'vitest';
import { cleanDisplayText } from './fields';

describe('cleanDisplayText', () => {
  // The rule as Unicode states it: every control character (\p{Cc}) becomes a space, then the
  // ends are trimmed. The scan that skips the regular expression must agree on every code unit.
  const byRule = (s: string) => s.replace(/\p{Cc}/gu, ' ').trim();

  it('agrees with the \\p{Cc} rule for every code unit of the Basic Multilingual Plane', () => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = `避難${String.fromCharCode(c)}所`;
      if (cleanDisplayText(s) !== byRule(s)) disagree.push(c);
    }
    expect(disagree).toEqual([]);
  });

  it.each([
    ['plain text, unchanged', '長崎市立桜町小学校', '長崎市立桜町小学校'],
    ['a tab and a newline inside', 'A\tB\nC', 'A B C'],
    ['DEL and a C1 control', 'A\u007fB\u0085C\u009fD', 'A B C D'],
    ['controls at the ends, trimmed away', '\u0000 名前 \u001f', '名前'],
    ['no-break and ideographic spaces at the ends, trimmed', '\u00a0名前\u3000', '名前'],
    ['a no-break space inside, kept', 'A\u00a0B', 'A\u00a0B'],
    ['only controls: empty', '\u0001\u0002', ''],
  ])('%s', (_, given, expected) => {
    expect(cleanDisplayText(given)).toBe(expected);
  });
});
