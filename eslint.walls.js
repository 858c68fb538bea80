/**
 * The walls between the parts of the code (src/README.md explains each part and why), as
 * ESLint config: every file belongs to one part, and a part may import only the parts listed
 * for it. Built on eslint-plugin-import-x's `no-restricted-paths` (one block per part, so a
 * file gets exactly its own part's zones) and `no-cycle`.
 *
 * Test files obey their part's walls too, with one exception, "test support": a test file
 * (`*.test.ts(x)`, or anything in a `testing/` folder) may also import `mocks/` and the
 * shared helpers under `tests/**\/support/`. The suites under `tests/` sit above everything
 * and may import any part; nothing else may import them.
 */

/** Parts, bottom to top. `may`: the parts its files may import (itself always). */
export const PARTS = [
  { name: 'domain', dir: 'src/domain', may: [] },
  { name: 'config', dir: 'src/config', may: ['domain'] },
  { name: 'i18n', dir: 'src/i18n', may: ['domain'] },
  { name: 'api', dir: 'src/api', may: ['domain', 'config'] },
  { name: 'state', dir: 'src/state', may: ['domain', 'i18n'] },
  { name: 'services', dir: 'src/services', may: ['domain', 'config', 'i18n', 'api', 'state'] },
  { name: 'ui', dir: 'src/ui', may: ['domain', 'config', 'i18n', 'api', 'state', 'services'] },
  {
    name: 'map',
    dir: 'src/map',
    may: ['domain', 'config', 'i18n', 'api', 'state', 'services', 'ui'],
  },
  ...['operations', 'tourism', 'platform'].map((feature) => ({
    name: `features/${feature}`,
    dir: `src/features/${feature}`,
    may: ['domain', 'config', 'i18n', 'api', 'state', 'services', 'ui', 'map'],
  })),
  {
    name: 'app',
    dir: 'src/app',
    may: ['domain', 'config', 'i18n', 'api', 'state', 'services', 'ui', 'map', 'features/*'],
  },
  { name: 'mocks', dir: 'mocks', may: ['domain', 'config', 'api'] },
];

/** The one file in `src` that may import `mocks/`: the switch that starts the mock (or a drill). */
export const MOCK_SWITCH = 'src/app/mock-mode.ts';

const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'];
const TEST_SUPPORT = ['./e2e/support', './support'];

const allowed = (part) =>
  new Set([
    part.name,
    ...part.may.flatMap((m) =>
      m.endsWith('/*')
        ? PARTS.filter((p) => p.name.startsWith(m.slice(0, -1))).map((p) => p.name)
        : [m],
    ),
  ]);

/** Zones for one part: every part it may not import, `tests/`, and (outside tests) `testing/`. */
function zonesOf(part, { testFile }) {
  const ok = allowed(part);
  const message = `${part.name} may import only ${[...ok].join(', ')} (src/README.md, eslint.walls.js).`;
  const forbidden = PARTS.filter((p) => !ok.has(p.name) && !(testFile && p.name === 'mocks'));
  const zones = [
    { target: `${part.dir}/**`, from: forbidden.map((p) => p.dir), message },
    {
      target: `${part.dir}/**`,
      from: 'tests',
      ...(testFile && { except: TEST_SUPPORT }),
      message: testFile
        ? 'A test file may import, from tests/, only the shared test support (tests/**/support).'
        : 'Only tests import tests.',
    },
  ];
  if (!testFile) {
    zones.push({
      target: `${part.dir}/**`,
      from: ['src/**/testing/**'],
      message: 'Test support (testing/ folders) is for tests only.',
    });
  }
  return zones.filter((z) => [z.from].flat().length > 0);
}

const rule = (zones) => ({ 'import-x/no-restricted-paths': ['error', { zones }] });

/** Flat-config blocks: each part's own files, then its test files (later blocks win). */
export function wallBlocks() {
  const blocks = [];
  for (const part of PARTS) {
    const files = [`${part.dir}/**/*.{ts,tsx}`];
    blocks.push({
      files,
      ignores: part.name === 'app' ? [MOCK_SWITCH] : [],
      rules: rule(zonesOf(part, { testFile: false })),
    });
    blocks.push({
      files: TEST_FILES.map((g) => `${part.dir}/${g}`),
      rules: rule(zonesOf(part, { testFile: true })),
    });
  }
  // The mock switch is app code that may also start the mock.
  const app = PARTS.find((p) => p.name === 'app');
  blocks.push({
    files: [MOCK_SWITCH],
    rules: rule(zonesOf({ ...app, may: [...app.may, 'mocks'] }, { testFile: false })),
  });
  // The entry point (src/main.tsx) is the app's too.
  blocks.push({
    files: ['src/main.tsx'],
    rules: rule(
      zonesOf({ ...app, dir: 'src' }, { testFile: false }).map((z) => ({
        ...z,
        target: 'src/main.tsx',
      })),
    ),
  });
  return blocks;
}
