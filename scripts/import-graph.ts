/**
 * Counts the imports that cross from one part of the code to another, so the layout's dependencies can be
 * compared between two commits (issue 15's before/after). Reads the files as text, so it runs on any
 * checkout, including ones whose dependencies are not installed:
 *
 *   npx tsx scripts/import-graph.ts [--root <checkout>] [--detail <from>:<to>] [--with-tests]
 *
 * A part is the first folder under `src` (`src/features/<name>` counts each feature on its own, and the
 * views under `src/app` belong to `app`); `mocks` is one part. With `--with-tests`, `tests` is a part too and
 * the test files next to the code (`*.test.ts`, `testing/` folders) count; without it they are left out.
 * Type-only imports count like any other: they couple the parts just the same for a reader.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SOURCE = /\.(ts|tsx|mts)$/;
const TEST_FILE = /\.(test|bench)\.tsx?$|\/testing\/|\/fixtures\//;
const SPECIFIER =
  /(?:\bimport\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?|\bexport\s+(?:type\s+)?[^'"]*?\sfrom\s+|\bimport\s*\(\s*|new\s+URL\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

export function partOf(path: string): string | undefined {
  const parts = path.split('/');
  if (parts[0] === 'mocks') return 'mocks';
  if (parts[0] === 'tests') return 'tests';
  if (parts[0] !== 'src') return undefined;
  if (parts.length === 2) return 'app';
  if (parts[1] === 'features' && parts.length > 3) return `features/${parts[2]}`;
  return parts[1];
}

function walk(dir: string, out: string[]): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (SOURCE.test(name)) out.push(path);
  }
  return out;
}

function resolveImport(fromFile: string, spec: string): string | undefined {
  const base = resolve(dirname(fromFile), spec);
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

export interface Edge {
  from: string;
  to: string;
  fromFile: string;
  toFile: string;
}

export function edgesOf(root: string, withTests: boolean): Edge[] {
  const dirs = ['src', 'mocks', ...(withTests ? ['tests'] : [])];
  const files = dirs.flatMap((d) => walk(join(root, d), []));
  const edges: Edge[] = [];
  for (const file of files) {
    const fromFile = relative(root, file);
    if (!withTests && TEST_FILE.test(fromFile)) continue;
    const from = partOf(fromFile);
    if (from === undefined) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(SPECIFIER)) {
      const target = resolveImport(file, match[1]!);
      if (target === undefined) continue;
      const toFile = relative(root, target);
      const to = partOf(toFile);
      if (to === undefined || to === from) continue;
      edges.push({ from, to, fromFile, toFile });
    }
  }
  return edges;
}

function main(argv: string[]): void {
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const root = resolve(option('--root') ?? '.');
  const edges = edgesOf(root, argv.includes('--with-tests'));
  const detail = option('--detail');
  if (detail !== undefined) {
    const [from, to] = detail.split(':');
    for (const e of edges.filter(
      (x) => x.from === from && (to === undefined || to === '' || x.to === to),
    )) {
      console.log(`${e.fromFile} -> ${e.toFile}`);
    }
    return;
  }
  const counts = new Map<string, { imports: number; files: Set<string> }>();
  for (const e of edges) {
    const key = `${e.from} -> ${e.to}`;
    const entry = counts.get(key) ?? { imports: 0, files: new Set<string>() };
    entry.imports += 1;
    entry.files.add(e.fromFile);
    counts.set(key, entry);
  }
  const rows = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
  console.log('| from -> to | imports | files |\n|---|---:|---:|');
  for (const [key, { imports, files }] of rows)
    console.log(`| ${key} | ${imports} | ${files.size} |`);
  console.log(
    `| all cross-part | ${edges.length} | ${new Set(edges.map((e) => e.fromFile)).size} |`,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main(process.argv.slice(2));
}
