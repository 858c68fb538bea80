/**
 * Takes screenshots of the production build for a person to look at:
 *   npx tsx tests/e2e/screenshot.ts [query] [width] [height] [scenario] [wait-for-selector]
 * Writes tests/.artifacts/screenshot-<width>x<height>.png and prints timings.
 */
import { mkdirSync } from 'node:fs';
import { startMockServer } from '../../mocks/http/server';
import { serveDist } from './support/static-server';
import { launchChromium, waitForMapReady } from './support/browser';

const [query = '', w = '1920', h = '1080', scenarioArg, waitFor] = process.argv.slice(2);
const scenario = scenarioArg && scenarioArg !== 'baseline' ? scenarioArg : undefined;
const api = await startMockServer({ port: 0, ...(scenario && { scenario }) });
const app = await serveDist({
  config: {
    apiBaseUrl: api.url,
    contextUrl: 'https://nagasaki.example/ngsi-ld/context.jsonld',
    mode: 'live',
  },
});
const browser = await launchChromium({ motion: true });
try {
  const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
  page.on('console', (m) => console.log('[console]', m.type(), m.text()));
  const t0 = Date.now();
  await page.goto(`${app.url}/${query}`);
  await waitForMapReady(
    page,
    180_000,
    waitFor ?? (scenario ? '[data-testid="total-evacuees"]' : undefined),
  );
  console.log(`ready in ${Date.now() - t0} ms`);
  mkdirSync('tests/.artifacts', { recursive: true });
  const file = `tests/.artifacts/screenshot-${w}x${h}.png`;
  await page.screenshot({ path: file });
  console.log(file);
} finally {
  await browser.close();
  await app.close();
  await api.close();
}
