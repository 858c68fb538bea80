/**
 * Test files that replace whole modules (vi.mock): each runs in a fresh module graph, so the
 * stand-in cannot reach another file. Every other unit file shares its worker's module graph
 * (vitest.config.ts); tests/unit/isolation.test.ts keeps this list complete.
 */
export const ISOLATED_TEST_FILES = [
  'tests/integration/dashboard.test.tsx',
  'tests/integration/operations.test.tsx',
  'tests/integration/platform.test.tsx',
  'tests/integration/tourism.test.tsx',
];
