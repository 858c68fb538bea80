/**
 * For jsdom tests: catches what the export buttons save (jsdom has neither blob URLs nor
 * downloads) and reads tables back from the DOM as text.
 */
import { vi } from 'vitest';

export interface CapturedDownload {
  filename: string;
  blob: Blob;
}

export function captureDownloads(): { files: CapturedDownload[]; restore: () => void } {
  const files: CapturedDownload[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  const create = vi.fn((blob: Blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob);
    return url;
  });
  const revoke = vi.fn();
  const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  URL.createObjectURL = create;
  URL.revokeObjectURL = revoke;
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ filename: this.download, blob });
  });
  return {
    files,
    restore() {
      URL.createObjectURL = saved.create;
      URL.revokeObjectURL = saved.revoke;
      click.mockRestore();
    },
  };
}

/** Header and body cells of a table as their text, row by row. */
export function readTable(table: HTMLElement): { head: string[]; body: string[][] } {
  if (!(table instanceof HTMLTableElement)) throw new Error(`${table.tagName} is not a table`);
  const cells = (row: HTMLTableRowElement) =>
    [...row.cells].map((c) => (c.textContent ?? '').trim());
  return {
    head: [...(table.tHead?.rows ?? [])].flatMap(cells),
    body: [...table.tBodies].flatMap((b) => [...b.rows].map(cells)),
  };
}

/**
 * A Japanese table cell as the CSV writes it: digits without grouping, 「以上」 dropped (the
 * CSV says how many records were left out in a column of its own), 秘匿 → `suppressed`,
 * はい/いいえ → yes/no, a dash → empty.
 */
export function unformatJa(text: string): string {
  if (text === '—') return '';
  if (text === '秘匿') return 'suppressed';
  if (text === 'はい') return 'yes';
  if (text === 'いいえ') return 'no';
  const n = /^(-?[\d,]+(?:\.\d+)?)(以上)?$/.exec(text);
  return n ? n[1]!.replace(/,/g, '') : text;
}

/** The text of a saved file with its byte order mark kept (`Blob.text()` drops it). */
export async function fileText(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

/** Body rows of a parsed CSV (header first), only the named columns, in the order named. */
export function pickColumns(csv: readonly string[][], ids: readonly string[]): string[][] {
  const [header = [], ...rows] = csv;
  const index = ids.map((id) => {
    const i = header.indexOf(id);
    if (i < 0) throw new Error(`no column ${id} in ${header.join(',')}`);
    return i;
  });
  return rows.map((r) => index.map((i) => r[i] ?? ''));
}
