import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/**
 * Initial JavaScript = the entry script of dist/index.html plus what it modulepreloads;
 * everything else under dist/assets is lazy (loaded by dynamic import or as a worker).
 */
export function bundleSizes(dist = 'dist'): { initial: ChunkSize[]; lazy: ChunkSize[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = new Set(
    [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.m?js)"/g)].map((m) => m[1]!),
  );
  const initial: ChunkSize[] = [];
  const lazy: ChunkSize[] = [];
  for (const name of readdirSync(join(dist, 'assets')).sort()) {
    if (!/\.m?js$/.test(name)) continue;
    const file = `assets/${name}`;
    const buf = readFileSync(join(dist, file));
    (referenced.has(file) ? initial : lazy).push({ file, bytes: buf.length, gzip: gz(buf) });
  }
  return { initial, lazy: lazy.sort((a, b) => b.gzip - a.gzip) };
}
