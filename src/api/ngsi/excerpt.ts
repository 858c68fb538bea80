const MAX_EXCERPT = 160;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL = /[\u0000-\u001f\u007f]+/g;

/**
 * A short single-line start of a body for error messages: enough to tell an HTML login page
 * from a truncated array, never the whole (possibly huge) payload. Rendered as text by the UI.
 */
export function excerptOf(text: string): string {
  const line = text
    .slice(0, MAX_EXCERPT * 4)
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > MAX_EXCERPT ? `${line.slice(0, MAX_EXCERPT)}…` : line;
}
