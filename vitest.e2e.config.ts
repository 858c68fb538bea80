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
  },
});
