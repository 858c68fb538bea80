import type { Page } from 'playwright-core';

/** Installed before the app: every CSP violation the page reports, and payload executions. */
export const CSP_PROBE = `(() => {
  const seen = [];
  Object.defineProperty(window, '__cspViolations', { value: seen });
  document.addEventListener('securitypolicyviolation', (e) => {
    seen.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || ''));
  });
})();`;

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...(window as unknown as { __cspViolations: string[] }).__cspViolations,
  ]);
}

/** Console lines in which Chromium says it refused something under the policy. */
export function watchConsoleRefusals(page: Page): string[] {
  const lines: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) lines.push(m.text());
  });
  return lines;
}
