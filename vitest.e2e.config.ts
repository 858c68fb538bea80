import { defineConfig } from 'vitest/config';

// End-to-end tests: the production build (dist/) in Debian's Chromium, driven by
// playwright-core. Rendering is on the CPU (SwiftShader), so files run one at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
    // One fork runs every file in turn and keeps its module graph: playwright-core, the mock
    // broker and the fixtures are loaded once, not once per file. Each file starts and stops
    // its own servers and browser, so nothing else carries over.
    isolate: false,
  },
});
