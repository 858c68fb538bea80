/**
 * Where a Japanese heading may break: between its words, never inside one (指定緊急/避難場所, not
 * 指定緊急避/難場所), with particles and one-character words kept on their neighbour (避難所の/開設
 * 状況; 21市町/中央値) and a number kept on the word it counts (1万人/あたり). Chromium's own
 * phrase breaking (`word-break: auto-phrase`) keeps 指定緊急避難場所 whole, which a narrow table
 * column cannot hold. Other languages break at their spaces: the text is one part.
 */
const segmenters = new Map<string, Intl.Segmenter>();

const PARTICLE = /^[\p{Script=Hiragana}ー]{1,2}$/u;
const NUMBER = /^[\d０-９.,]+$/u;

export function phraseParts(text: string, lang: string): string[] {
  if (lang !== 'ja' || typeof Intl.Segmenter !== 'function') return [text];
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  const parts: string[] = [];
  /** Text that goes with the next word (a number, a leading one-character word). */
  let carry = '';
  for (const { segment } of segmenter.segment(text)) {
    const single = [...segment].length === 1;
    if (NUMBER.test(segment) || (parts.length === 0 && single)) carry += segment;
    else if (parts.length > 0 && (single || PARTICLE.test(segment)) && carry === '')
      parts[parts.length - 1] += segment;
    else {
      parts.push(carry + segment);
      carry = '';
    }
  }
  if (carry !== '') {
    if (parts.length === 0) parts.push(carry);
    else parts[parts.length - 1] += carry;
  }
  return parts;
}
