import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { ISOLATED_TEST_FILES as ISOLATED } from './tests/isolated';

// Unit and integration tests. Node by default; React tests opt in to jsdom with a
// `// @vitest-environment jsdom` docblock. End-to-end tests have their own config.
const ALL = [
  'src/**/*.test.{ts,tsx}',
  'mocks/**/*.test.ts',
  'tests/unit/**/*.test.{ts,tsx}',
  'tests/integration/**/*.test.{ts,tsx}',
  'tests/soak/**/*.test.ts',
  'tests/bench/**/*.test.ts',
  'scripts/**/*.test.ts',
];

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20_000,
    pool: 'threads',
    projects: [
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
      // The rest keep no state between files (pure functions, servers they start and stop),
      // so they share one module graph per worker: a file's imports are loaded once, not per
      // file — the suite runs in about a third of the time.
      { extends: true, test: { name: 'shared', include: ALL, exclude: ISOLATED, isolate: false } },
    ],
  },
});
