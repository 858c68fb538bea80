// Production dependencies against the npm advisory database: fails on any high or critical
// advisory. When the advisory service cannot be asked (a registry mirror or proxy that serves
// packages but answers the advisory POST with 405, or no network), it says so plainly, says
// why and what to do, and does not fail: a check that could not run is reported as not run,
// never as passed. AUDIT_REQUIRED=1 makes that case a failure too (README, "Set-up").
import { spawnSync } from 'node:child_process';
import { pathToFileURL, URL } from 'node:url';

const NETWORK_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);

function parse(stdout) {
  try {
    return JSON.parse(stdout);
  } catch {
    return undefined;
  }
}

/** Why npm audit gave no report, in one sentence. */
function reason(report, stderr) {
  const status = report?.statusCode;
  const uri = typeof report?.uri === 'string' ? report.uri : undefined;
  if (typeof status === 'number' && uri) {
    const { origin } = new URL(uri);
    return (
      `the registry ${origin}, as this machine reaches it, answered npm's advisory query with ` +
      `HTTP ${status}: packages come through, security advisories do not (a registry mirror ` +
      `or proxy on the way often does this)`
    );
  }
  const code = report?.error?.code ?? report?.code;
  if (typeof code === 'string' && NETWORK_CODES.has(code))
    return `the advisory service could not be reached (${code}: offline or blocked)`;
  const said =
    report?.message ?? report?.error?.summary ?? (stderr.split('\n')[0] || 'no answer at all');
  return `npm audit gave no report (${said})`;
}

/**
 * What to print and the exit code, from npm audit's output (pure, for the tests).
 * @param {{ stdout: string, stderr: string }} run
 * @param {{ required: boolean }} options
 * @returns {{ exitCode: number, out: string[], err: string[] }}
 */
export function auditVerdict(run, options) {
  const report = parse(run.stdout);
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const lines = [
      'npm audit (production dependencies): NOT CHECKED — no dependency was checked for known vulnerabilities.',
      `  Why: ${reason(report, run.stderr)}.`,
      options.required
        ? '  AUDIT_REQUIRED=1 is set, so this fails.'
        : '  This does not fail npm test or CI: the advisory service is outside this project.',
      '  To check: run `AUDIT_REQUIRED=1 npm run audit:prod` on a machine that reaches',
      '  registry.npmjs.org; it fails on any high or critical advisory (and when it cannot check).',
    ];
    return options.required
      ? { exitCode: 1, out: [], err: lines }
      : { exitCode: 0, out: [], err: lines.map((l, i) => (i === 0 ? `WARNING: ${l}` : l)) };
  }
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  const out = [
    `npm audit (production): ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ` +
      `${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
  ];
  const err = [];
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {}))
    if (v.severity === 'high' || v.severity === 'critical')
      err.push(`  ${v.severity}: ${name} ${v.range}`);
  return { exitCode: serious > 0 ? 1 : 0, out, err };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  const verdict = auditVerdict(
    { stdout: run.stdout ?? '', stderr: run.stderr ?? '' },
    { required: process.env.AUDIT_REQUIRED === '1' },
  );
  for (const line of verdict.out) console.log(line);
  for (const line of verdict.err) console.error(line);
  process.exit(verdict.exitCode);
}
