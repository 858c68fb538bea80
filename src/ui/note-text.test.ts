import { describe, expect, it } from 'vitest';
import { encodeNote, note } from '../api/entities/notes';
import { translate, type Lang, type MessageKey, type Params } from '../i18n';
import { noteText } from './note-text';

const tOf = (lang: Lang) => (key: MessageKey, params?: Params) => translate(lang, key, params);
const KANA = /[\u3040-\u30ff]/;

describe('noteText', () => {
  const unknown = encodeNote(note('openingStatus', 'unknownValue', 'shownAsUnknown'));
  const negative = encodeNote(note('evacueeTotal', 'negative', 'ignored'));
  it.each<[string, string, string[] | undefined, Lang, string]>([
    [
      'an unknown status, quoting what came',
      unknown,
      ['preparing'],
      'ja',
      'openingStatus：想定外の値 → 状態不明として表示（受信した値：「preparing」）',
    ],
    [
      'the same in English',
      unknown,
      ['preparing', 'evacuating'],
      'en',
      'openingStatus: unexpected value → shown as unknown (received: "preparing", "evacuating")',
    ],
    [
      'a negative count',
      negative,
      ['-264'],
      'ja',
      'evacueeTotal：負の数 → この項目を無視（受信した値：「-264」）',
    ],
    [
      "an older parser's English reason, in Japanese",
      'location: latitude and longitude swapped',
      undefined,
      'ja',
      'location：緯度と経度が逆',
    ],
    ['a skipped entity without a field', 'not an entity', undefined, 'en', 'not an entity'],
    ['text no parser writes', 'who knows', undefined, 'ja', '判読できない理由'],
  ])('%s', (_label, key, values, lang, expected) => {
    expect(noteText(key, values, tOf(lang), 'skipped')).toBe(expected);
  });

  it('no English words of a reason are left in Japanese', () => {
    const text = noteText('dateObserved: not a calendar date', undefined, tOf('ja'), 'skipped');
    expect(text.replace(/^dateObserved：/, '')).toMatch(KANA);
    expect(text).not.toMatch(/calendar/);
  });
});
