/**
 * Sign-in soak (npm run soak:auth -- --minutes 10): a wall display signed in once to a gated
 * platform, left alone across many token lifetimes — 2-minute access tokens, polls every
 * 5 s, for at least ten minutes. Passes when no poll gap exceeds one interval (plus the time
 * a poll takes), no request is refused, every renewal succeeds and the screen never asks for a
 * sign-in. Writes reports/soak-auth.md; exits 1 on failure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { signIn, startGatedStack } from '../e2e/support/gated-stack';
import { waitForMapReady } from '../e2e/support/browser';
import { flagValue } from '../../mocks/scenarios/cli-args';

const minutes = Number(flagValue(process.argv.slice(2), 'minutes', '10'));
const TTL_S = 120;
const POLL_S = 5;
/** What one poll may take on two cores with SwiftShader drawing, beyond the interval. */
const SLACK_MS = 2_000;

const stack = await startGatedStack({ accessTokenTtl: TTL_S, pollSeconds: POLL_S });
const polls: { at: number; status: number }[] = [];
let bannerSeen = 0;
let verdict: boolean | undefined;
const lines: string[] = [];
try {
  const page = await stack.browser.newPage({ viewport: { width: 1920, height: 1080 } });
  page.on('response', (r) => {
    if (r.url().startsWith(`${stack.api.url}/ngsi-ld/v1/entities?type=EvacuationShelter`))
      polls.push({ at: Date.now(), status: r.status() });
  });
  await page.goto(`${stack.app.url}/?kiosk=1`);
  await signIn(page, stack);
  await waitForMapReady(page, 300_000, '[data-testid="total-evacuees"]');
  const t0 = Date.now();
  const end = t0 + minutes * 60_000;
  while (Date.now() < end) {
    await page.waitForTimeout(10_000);
    if ((await page.locator('[data-testid="sign-in-banner"]').count()) > 0) bannerSeen += 1;
    const renewals = stack.idp.tokenRequests.filter((r) => r.grant === 'refresh_token').length;
    console.error(
      `soak:auth ${((Date.now() - t0) / 60_000).toFixed(1)} min: ${polls.length} polls, ${renewals} renewals`,
    );
  }
  const during = polls.filter((p) => p.at >= t0);
  const gaps = during.slice(1).map((p, i) => p.at - during[i]!.at);
  const maxGap = Math.max(...gaps);
  const refused = stack.verdicts.filter((v) => !v.ok).length;
  const renewals = stack.idp.tokenRequests.filter((r) => r.grant === 'refresh_token');
  const failedRenewals = renewals.filter((r) => !r.ok).length;
  const lifetimes = (minutes * 60) / TTL_S;
  verdict =
    maxGap <= POLL_S * 1000 + SLACK_MS &&
    refused === 0 &&
    failedRenewals === 0 &&
    renewals.length >= Math.floor(lifetimes) &&
    bannerSeen === 0 &&
    during.every((p) => p.status === 200);
  lines.push(
    '# Sign-in soak',
    '',
    `${minutes} min signed in once, access tokens of ${TTL_S} s, shelter polls every ${POLL_S} s,`,
    'production build in Chromium (SwiftShader), the mock API checking each token against the',
    'OpenID Provider’s keys.',
    '',
    '| measure | value | limit |',
    '|---|---:|---:|',
    `| shelter polls | ${during.length} | — |`,
    `| longest gap between polls | ${maxGap} ms | ${POLL_S * 1000 + SLACK_MS} ms |`,
    `| polls not 200 | ${during.filter((p) => p.status !== 200).length} | 0 |`,
    `| requests the gate refused | ${refused} | 0 |`,
    `| renewals (refresh-token grants) | ${renewals.length} | ≥ ${Math.floor(lifetimes)} |`,
    `| renewals that failed | ${failedRenewals} | 0 |`,
    `| samples showing "sign-in needed" | ${bannerSeen} | 0 |`,
    '',
    `Verdict: ${verdict ? 'pass' : 'FAIL'}`,
    '',
  );
} finally {
  await stack.close();
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/soak-auth.md', lines.join('\n'));
console.log(lines.join('\n'));
process.exit(verdict === true ? 0 : 1);
