// Production dependencies against the npm advisory database: fails on any high or critical
// advisory. When the advisory service cannot be reached (some registry proxies answer its POST
// with 405), says so plainly and does not pretend to have checked; AUDIT_REQUIRED=1 makes that
// a failure too.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why =
    report?.message ?? report?.error?.summary ?? (run.stderr.split('\n')[0] || 'no answer');
  const message = `npm audit: advisory service unreachable (${why}); production dependencies NOT CHECKED`;
  if (process.env.AUDIT_REQUIRED === '1') {
    console.error(message);
    process.exit(1);
  }
  console.warn(`WARNING: ${message}`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit (production): ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ` +
    `${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
);
if (serious > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {}))
    if (v.severity === 'high' || v.severity === 'critical')
      console.error(`  ${v.severity}: ${name} ${v.range}`);
  process.exit(1);
}
