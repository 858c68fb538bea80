import { startMockServer } from '../../mocks/http/server';
import { serveDist } from './support/static-server';
import { launchChromium, waitForMapReady } from './support/browser';
const api = await startMockServer({ port: 0, scenario: 'typhoon' });
const app = await serveDist({
  config: {
    apiBaseUrl: api.url,
    contextUrl: 'https://nagasaki.example/ngsi-ld/context.jsonld',
    mode: 'live',
  },
});
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
page.on('console', (m) => {
  if (!m.text().includes('GL Driver')) console.log('[console]', m.type(), m.text().slice(0, 300));
});
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
await page.goto(app.url);
await waitForMapReady(page, 180_000, '[data-testid="total-evacuees"]');
await page.evaluate(() => {
  const c = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement;
  const ext = c.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
  ext.loseContext();
  (window as any).__r = () => ext.restoreContext();
});
await page.waitForTimeout(1000);
await page.evaluate(() => (window as any).__r());
await page.waitForTimeout(8000);
console.log(
  await page.$eval(
    '[data-testid="map"]',
    (e) => (e as HTMLElement).dataset.mapState + ' frames ' + (e as HTMLElement).dataset.deckFrames,
  ),
);
await page.screenshot({ path: 'tests/.artifacts/ctx.png' });
await browser.close();
await app.close();
await api.close();
