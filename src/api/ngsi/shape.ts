/** A short description of an unexpected JSON value, without echoing its content. */
export function describeShape(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array of ${value.length}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    const shown = keys
      .slice(0, 8)
      .map((k) => k.slice(0, 40))
      .join(', ');
    return `object with keys: ${shown}${keys.length > 8 ? ', …' : ''}`;
  }
  return typeof value;
}
