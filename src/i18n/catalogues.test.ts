import { describe, expect, it } from 'vitest';
import { withLateJapanese } from './ja';
import { opendataJa } from './opendata.ja';

const ja = withLateJapanese(opendataJa);
import { en } from './en';

/** `{name}` placeholders of a template, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// The compiler already makes en carry every key of ja (Messages). This catches what it cannot:
// extra keys in en, empty strings, a placeholder one language forgot, and English left in
// Japanese or Japanese left in English.
describe('message catalogues', () => {
  const keys = Object.keys(ja) as (keyof typeof ja)[];

  it('have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s: both non-empty, same placeholders', (key) => {
    expect(ja[key].trim()).not.toBe('');
    expect(en[key].trim()).not.toBe('');
    expect(placeholders(en[key])).toEqual(placeholders(ja[key]));
  });

  it('English has no Japanese script outside quoted or bracketed proper names', () => {
    // The language switch shows 日本語 on purpose; the rest must be English.
    const allowed = new Set(['lang.switch']);
    const offenders = keys.filter(
      (k) =>
        !allowed.has(k) &&
        /[\u3040-\u30ff\u4e00-\u9faf]/.test(en[k].replace(/「[^」]*」|（[^）]*）|\([^)]*\)/g, '')),
    );
    expect(offenders).toEqual([]);
  });
});
