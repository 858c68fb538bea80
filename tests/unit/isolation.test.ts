import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED_TEST_FILES } from '../isolated';

/** Every test file under the given folders, as a path from the repository's root. */
function testFiles(dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'node_modules' && name !== 'e2e' && !name.startsWith('.')) walk(path);
      } else if (/\.test\.tsx?$/.test(name)) out.push(path.split('\\').join('/'));
    }
  };
  for (const d of dirs) walk(d);
  return out.sort();
}

describe('test isolation', () => {
  it('runs every file that mocks a module on its own module graph', () => {
    const mocking = testFiles(['src', 'mocks', 'tests', 'scripts']).filter((f) =>
      /\bvi\.(do)?mock\(/.test(readFileSync(f, 'utf8')),
    );
    expect(mocking.length).toBeGreaterThan(0);
    expect(mocking).toEqual([...ISOLATED_TEST_FILES].sort());
  });
});
