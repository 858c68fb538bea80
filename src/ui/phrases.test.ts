import { describe, expect, it } from 'vitest';
import { phraseParts } from './phrases';

describe('phraseParts', () => {
  it.each<[string, string, string[]]>([
    ['指定緊急避難場所', 'ja', ['指定', '緊急', '避難', '場所']],
    ['指定避難所', 'ja', ['指定', '避難所']],
    ['避難所の開設状況', 'ja', ['避難所の', '開設', '状況']],
    ['避難情報', 'ja', ['避難', '情報']],
    ['1万人あたりレコード', 'ja', ['1万人', 'あたり', 'レコード']],
    ['機械判読可能な割合', 'ja', ['機械', '判読', '可能な', '割合']],
    ['基盤に公開の種別', 'ja', ['基盤に', '公開の', '種別']],
    ['21市町中央値', 'ja', ['21市町', '中央値']],
    ['新上五島町', 'ja', ['新上五島町']],
    ['Emergency evacuation sites', 'en', ['Emergency evacuation sites']],
    ['', 'ja', []],
  ])('%s (%s)', (text, lang, parts) => {
    const got = phraseParts(text, lang);
    expect(got).toEqual(parts);
    expect(got.join('')).toBe(text);
  });
});
