import { describe, expect, it } from 'vitest';
import { auditVerdict } from './audit-prod.mjs';

/** npm audit --json as npm 11 prints it when a registry proxy refuses the advisory POST. */
const REFUSED = JSON.stringify({
  message:
    '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
});
const OFFLINE = JSON.stringify({
  error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org failed' },
});
const report = (v: Record<string, number>, vulnerabilities = {}) =>
  JSON.stringify({ metadata: { vulnerabilities: v }, vulnerabilities });

describe('auditVerdict', () => {
  it('says plainly that nothing was checked, why, and what to do; passes unless required', () => {
    const v = auditVerdict({ stdout: REFUSED, stderr: '' }, { required: false });
    expect(v.exitCode).toBe(0);
    const text = v.err.join('\n');
    expect(text).toMatch(/^WARNING: npm audit \(production dependencies\): NOT CHECKED —/);
    expect(text).toContain('https://registry.npmjs.org, as this machine reaches it, answered');
    expect(text).toContain('HTTP 405');
    expect(text).toContain('does not fail npm test or CI');
    expect(text).toContain('AUDIT_REQUIRED=1 npm run audit:prod');
  });

  it('fails when required', () => {
    const v = auditVerdict({ stdout: REFUSED, stderr: '' }, { required: true });
    expect(v.exitCode).toBe(1);
    expect(v.err.join('\n')).toContain('AUDIT_REQUIRED=1 is set, so this fails');
  });

  it.each<[string, string, string, string]>([
    ['offline', OFFLINE, '', 'could not be reached (ENOTFOUND: offline or blocked)'],
    ['no JSON at all', 'not json', 'npm error something odd\nmore', 'npm error something odd'],
    ['nothing', '', '', 'no answer at all'],
  ])('names the reason: %s', (_name, stdout, stderr, why) => {
    expect(auditVerdict({ stdout, stderr }, { required: false }).err.join('\n')).toContain(why);
  });

  it.each<[string, Record<string, number>, number]>([
    ['clean', { critical: 0, high: 0, moderate: 0, low: 0 }, 0],
    ['moderate only', { critical: 0, high: 0, moderate: 2, low: 1 }, 0],
    ['one high', { critical: 0, high: 1, moderate: 0, low: 0 }, 1],
    ['one critical', { critical: 1, high: 0, moderate: 0, low: 0 }, 1],
  ])('checked: %s → exit %i', (_name, counts, exitCode) => {
    const v = auditVerdict(
      { stdout: report(counts, { x: { severity: 'high', range: '<1.2.3' } }), stderr: '' },
      { required: true },
    );
    expect(v.exitCode).toBe(exitCode);
    expect(v.out[0]).toMatch(/^npm audit \(production\): \d+ critical, \d+ high/);
  });
});
