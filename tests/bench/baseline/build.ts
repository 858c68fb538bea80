import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const BASELINE_DIST = 'dist-baseline';

/**
 * Builds the bare baseline page (tests/bench/baseline) into `outDir` (default dist-baseline/)
 * with the dashboard's build settings, and copies in the data files it reads: the shipped
 * municipal boundaries and the context land its basemap style loads. Its config.json is served
 * by the bench.
 */
export async function buildBaseline(outDir = BASELINE_DIST): Promise<void> {
  await build({
    configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
    logLevel: 'warn',
    build: { outDir: join(process.cwd(), outDir), emptyOutDir: true },
  });
  mkdirSync(join(outDir, 'data'), { recursive: true });
  for (const file of ['municipalities.geojson', 'land-context.geojson'])
    copyFileSync(join('public/data', file), join(outDir, 'data', file));
}
