// Runs npm scripts side by side (e.g. the type check and lint, which are single-threaded, on
// two cores), each one's output printed whole when it ends; fails if any fails.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('close', (code) => {
        process.stdout.write(
          `> npm run ${name}: ${code === 0 ? 'ok' : `failed (${code})`}\n${out}`,
        );
        resolve(code);
      });
    }),
);
const codes = await Promise.all(runs);
process.exit(codes.every((c) => c === 0) ? 0 : 1);
