import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/**
 * The walls between the parts (eslint.walls.js, src/README.md) hold: a planted import of
 * each forbidden kind fails lint, and the same import where it is allowed passes. The files
 * are linted as text under a path they would have, so nothing is written to the tree.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const WALL = 'import-x/no-restricted-paths';
const CYCLE = 'import-x/no-cycle';

describe('lint holds the walls between the parts', () => {
  it.each([
    // [what, file, import]
    [
      'a feature imports app',
      'src/features/tourism/model/planted.ts',
      '../../../app/layer-registry',
    ],
    [
      'a feature imports another feature',
      'src/features/tourism/model/planted.ts',
      '../../operations/model/join',
    ],
    ['services import app', 'src/services/planted.ts', '../app/feed-health'],
    ['the transport imports a feature', 'src/api/planted.ts', '../features/tourism/model/flows'],
    ['the transport imports UI state', 'src/api/planted.ts', '../state/store'],
    [
      'the map imports a feature',
      'src/map/planted.ts',
      '../features/operations/layers/facility-layer',
    ],
    ['the ui imports a feature', 'src/ui/planted.ts', '../features/platform/model/matrix'],
    ['state imports the transport', 'src/state/planted.ts', '../api/ngsi/client'],
    ['state imports a feature', 'src/state/planted.ts', '../features/operations/model/alerts'],
    ['the kernel imports i18n', 'src/domain/planted.ts', '../i18n'],
    ['app code imports the mock', 'src/app/planted.ts', '../../mocks/browser'],
    [
      'a feature imports the mock',
      'src/features/operations/api/planted.ts',
      '../../../../mocks/node',
    ],
    ['the mock imports a feature', 'mocks/planted.ts', '../src/features/operations/model/join'],
    ['production code imports test support', 'src/ui/planted.ts', './export/testing/downloads'],
    [
      'production code imports tests',
      'src/features/tourism/planted.ts',
      '../../../tests/e2e/support/tourism-expected',
    ],
    [
      'a test file imports another feature',
      'src/features/tourism/model/planted.test.ts',
      '../../operations/model/join',
    ],
    ['a test file imports app', 'src/ui/planted.test.ts', '../app/layer-registry'],
  ])('fails when %s', async (_what, file, from) => {
    expect(await problems(file, `export * from '${from}';\n`)).toContain(WALL);
  });

  it.each([
    [
      'a feature imports the kernel, ui and services',
      'src/features/tourism/model/planted.ts',
      ['../../../domain/jst', '../../../ui/Panel', '../../../services/context'],
    ],
    [
      'app imports features',
      'src/app/planted.ts',
      ['../features/operations/model/join', '../features/tourism/model/flows'],
    ],
    ['the drill switch imports the mock', 'src/app/mock-mode.ts', ['../../mocks/browser']],
    [
      'a test file imports the mock and shared test support',
      'src/features/operations/model/planted.test.ts',
      ['../../../../mocks/node', '../../../../tests/e2e/support/tourism-expected'],
    ],
    [
      'the suites under tests/ import app',
      'tests/unit/planted.test.ts',
      ['../../src/app/layer-registry'],
    ],
  ])('passes when %s', async (_what, file, froms) => {
    const code = froms.map((f, i) => `export * as m${i} from '${f}';\n`).join('');
    expect(await problems(file, code)).not.toContain(WALL);
  });

  it('fails on an import cycle', async () => {
    // domain/presets.ts imports domain/geo.ts; geo importing presets back closes a cycle.
    const code = `import { PRESETS } from './presets';\nexport const n = PRESETS.length;\n`;
    expect(await problems('src/domain/geo.ts', code)).toContain(CYCLE);
  });
});
