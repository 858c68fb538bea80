/**
 * Prints the Content-Security-Policy header a web server should send with the dashboard, for
 * a deployment's config.json:  npm run csp [-- dist/config.json]
 * (index.html carries the rest of the policy as a meta tag; see src/config/csp.ts).
 */
import { readFileSync } from 'node:fs';
import { configSchema } from '../src/config/schema';
import { headerPolicy } from '../src/config/csp';

const file = process.argv[2] ?? 'public/config.json';
const parsed = configSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
if (!parsed.success) {
  console.error(
    `${file} is not a valid config: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
  );
  process.exit(1);
}
console.log(`Content-Security-Policy: ${headerPolicy(parsed.data)}`);
