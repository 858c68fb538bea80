/** Export file names: `nagasaki-<what>-<YYYYMMDD-HHmm>-jst.<ext>`, stamped in JST. */
import { jstWallClock } from '../../domain/jst';

export type ExportExtension = 'csv' | 'png';

/** `20260810-1405`: the JST minute of `ms`. */
export function jstStamp(ms: number): string {
  const iso = jstWallClock(ms);
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

/**
 * Lower-case ASCII letters, digits, `.`, `_` and `-` survive; every other run becomes one `-`
 * (names end up in shells and mail attachments, where spaces and kanji cause trouble).
 */
export function fileSlug(what: string): string {
  const slug = what
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '');
  return slug || 'export';
}

/** The name an export is saved under; `nowMs` is when it was made. */
export function exportFilename(what: string, ext: ExportExtension, nowMs: number): string {
  return `nagasaki-${fileSlug(what)}-${jstStamp(nowMs)}-jst.${ext}`;
}
