import { Fragment } from 'react';
import { phraseParts } from './phrases';

/**
 * A heading that breaks only between its words (phrases.ts): <wbr> between them, for a cell
 * styled `word-break: keep-all`, which breaks nowhere else.
 */
export function Phrased({ text, lang }: { text: string; lang: string }) {
  const parts = phraseParts(text, lang);
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {p}
        </Fragment>
      ))}
    </>
  );
}
