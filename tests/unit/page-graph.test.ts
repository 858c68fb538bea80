import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the page evaluates before its first map: the entry and the chunks it asks for at once
 * (main.tsx: the bootstrap, the app, the services that start the masters' requests).
 */
const FIRST = ['src/main.tsx', 'src/bootstrap.tsx', 'src/app/App.tsx', 'src/app/start-services.ts'];

/** Static imports that are evaluated: every `import … from`, `export … from` and `import '…'`, not `import type`. */
const VALUE_IMPORT =
  /(?:^|\n)\s*(?:import(?!\s+type\s)(?:[^'"]*?\sfrom\s*)?|export(?!\s+type\s)[^'"]*?\sfrom\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function resolveFrom(file: string, spec: string): string | undefined {
  const base = normalize(join(dirname(file), spec));
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
    (p) => /\.tsx?$/.test(p) && existsSync(p),
  );
}

/** The modules of ours reached from `starts` by evaluated static imports. */
function staticClosure(starts: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)) {
      const next = resolveFrom(file, m[1]!);
      if (next !== undefined) queue.push(next.split('\\').join('/'));
    }
  }
  return seen;
}

describe("the page's first code", () => {
  const reached = staticClosure(FIRST);

  it('is walked from real files', () => {
    for (const f of FIRST) expect(existsSync(f)).toBe(true);
    expect(reached.has('src/api/worker/feed-runner.ts')).toBe(true);
  });

  // The feed worker parses; the page only posts jobs to it. The inline runner (no module
  // workers: jsdom) is loaded when it is used, so the parsers are not on the page's first path.
  it.each([
    'src/api/worker/run-feed.ts',
    'src/api/worker/run-master.ts',
    'src/api/worker/feeds.ts',
    'src/api/worker/inline-runner.ts',
    'src/api/entities/masters.ts',
    'src/api/entities/live-shelter.ts',
  ])('does not load %s', (file) => {
    expect(existsSync(file)).toBe(true);
    expect(reached.has(file)).toBe(false);
  });
});
