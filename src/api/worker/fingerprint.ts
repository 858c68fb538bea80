/** What a fingerprint is folded from: text, and numbers as their bits. */
export interface Fingerprint {
  /** One string, its length marking where it ends (["ab", "c"] is not ["a", "bc"]). */
  text(s: string): Fingerprint;
  /** The bits of a typed array's numbers, four bytes at a time (and any last bytes). */
  bits(view: ArrayBufferView): Fingerprint;
  digest(): string;
}

/**
 * Two independent 32-bit FNV-1a lanes and a count of what was folded in, so that an
 * unchanged master set is recognised without comparing it field by field.
 */
export function createFingerprint(): Fingerprint {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  let count = 0;
  const mix = (c: number) => {
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  };
  const fingerprint: Fingerprint = {
    text(s) {
      for (let i = 0; i < s.length; i++) mix(s.charCodeAt(i));
      // Past every UTF-16 unit: the end of this string.
      mix(0x10000 + s.length);
      count += s.length + 1;
      return fingerprint;
    },
    bits(view) {
      // Unaligned views are read byte by byte.
      const whole = view.byteOffset % 4 === 0 ? view.byteLength >>> 2 : 0;
      const words = new Uint32Array(view.buffer, view.byteOffset, whole);
      for (let i = 0; i < whole; i++) mix(words[i]!);
      const rest = new Uint8Array(
        view.buffer,
        view.byteOffset + 4 * whole,
        view.byteLength - 4 * whole,
      );
      for (let i = 0; i < rest.length; i++) mix(rest[i]!);
      count += view.byteLength;
      return fingerprint;
    },
    digest: () => `${count.toString(36)}-${(a >>> 0).toString(36)}-${(b >>> 0).toString(36)}`,
  };
  return fingerprint;
}
