/**
 * Soak (npm run soak -- --minutes 30): the production build on a wall display through a
 * typhoon drill at 1-second polls, sampled through the DevTools protocol. Writes
 * reports/soak.json and reports/soak.md and exits 1 when the verdict fails (heap trend over
 * the limit, more than one live WebGL context, polling stopped, freshness shown wrong, page
 * errors). The build is copied first, so rebuilding dist/ meanwhile cannot break the run.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startMockServer } from '../../mocks/http/server';
import { serveDist } from '../e2e/support/static-server';
import { launchChromium, waitForMapReady } from '../e2e/support/browser';
import { CONTEXT } from '../e2e/support/stack';
import { parseSoakArgs } from './options';
import { sample, WEBGL_PROBE, type Sample } from './probes';
import { judge, soakMarkdown } from './report';

const opts = parseSoakArgs(process.argv.slice(2));
const snapshot = mkdtempSync(join(tmpdir(), 'soak-dist-'));
cpSync('dist', snapshot, { recursive: true });

const api = await startMockServer({ port: 0, scenario: 'typhoon', speed: 60 });
const app = await serveDist({
  root: snapshot,
  config: {
    apiBaseUrl: api.url,
    contextUrl: CONTEXT,
    mode: 'live',
    pollSeconds: { shelters: opts.pollSeconds, evacuationInformation: opts.pollSeconds },
  },
});
const browser = await launchChromium({ motion: true });
const samples: Sample[] = [];
const pageErrors: string[] = [];
const load0 = loadavg()[0]!;
try {
  const page = await browser.newPage({ viewport: { width: opts.width, height: opts.height } });
  await page.addInitScript(WEBGL_PROBE);
  let apiRequests = 0;
  page.on('request', (r) => {
    if (r.url().startsWith(api.url)) apiRequests += 1;
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('crash', () => pageErrors.push('the page crashed'));
  await page.goto(`${app.url}/?kiosk=1`);
  await waitForMapReady(page, 300_000, '[data-testid="total-evacuees"]');
  const cdp = await page.context().newCDPSession(page);
  const t0 = Date.now();
  const end = t0 + opts.minutes * 60_000;
  for (let next = t0; next <= end; next += opts.sampleSeconds * 1000) {
    await page.waitForTimeout(Math.max(0, next - Date.now()));
    const s = await sample(cdp, page, Date.now() - t0, apiRequests);
    apiRequests = 0;
    samples.push(s);
    console.error(
      `soak ${(s.t / 60_000).toFixed(1)} min: heap ${s.heapMb.toFixed(1)} MB, ${s.domNodes} nodes, ` +
        `${s.listeners} listeners, WebGL ${s.webglAlive}/${s.webglCreated}, ${s.apiRequests} requests, ${s.freshness}`,
    );
  }
} finally {
  await browser.close();
  await app.close();
  await api.close();
  rmSync(snapshot, { recursive: true, force: true });
}

const machine = `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, Chromium on SwiftShader; 1-minute load ${load0.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`;
const verdict = judge(samples, opts, pageErrors);
const markdown = soakMarkdown(samples, verdict, opts, machine);
mkdirSync(dirname(opts.out), { recursive: true });
writeFileSync(
  `${opts.out}.json`,
  JSON.stringify({ options: opts, machine, verdict, samples }, null, 2),
);
writeFileSync(`${opts.out}.md`, markdown);
console.log(markdown);
process.exit(verdict.failures.length === 0 ? 0 : 1);
