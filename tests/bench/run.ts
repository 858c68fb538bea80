/**
 * Benchmarks (npm run bench, after `vite build`): builds the bare baseline page, measures every
 * section on the dashboard and, where the issue asks for it, on the bare page in the same run,
 * and writes reports/bench.json and reports/bench.md (printed too).
 *   --only a,b         run those sections, keep the others from the previous reports/bench.json
 *   --skip a,b         leave those sections out
 *   --tourism-dist DIR serve another build to the tourism bench (default dist/)
 * Sections: bundle, parse, visible, firstMap, polls, kiosk, scale, tourism.
 *   --runs N           interleaved loads per page in the visible section (default 7)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Browser } from 'playwright-core';
import { bundleSizes } from './bundle';
import { parseBench } from './parse';
import { firstMapBench } from './first-map';
import { visibleBench } from './visible';
import { kioskFrameBench, pollBench } from './polls';
import { scaleBench } from './scale';
import { tourismBench } from './tourism';
import { buildBaseline } from './baseline/build';
import { BASELINE, DASHBOARD } from './targets';
import { benchMarkdown, type BenchReport } from './report';
import { launchChromium } from '../e2e/support/browser';

const SECTIONS = [
  'bundle',
  'parse',
  'visible',
  'firstMap',
  'polls',
  'kiosk',
  'scale',
  'tourism',
] as const;
type Section = (typeof SECTIONS)[number];

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const list = (name: string): Section[] | undefined => {
  const raw = arg(name);
  if (raw === undefined) return undefined;
  const names = raw.split(',');
  for (const n of names)
    if (!(SECTIONS as readonly string[]).includes(n))
      throw new Error(`${name} takes sections from ${SECTIONS.join(', ')}, not "${n}"`);
  return names as Section[];
};
const only = list('--only');
const skip = list('--skip') ?? [];
const wanted = (s: Section) => (only ? only.includes(s) : true) && !skip.includes(s);
const previous: Partial<BenchReport> =
  only && existsSync('reports/bench.json')
    ? (JSON.parse(readFileSync('reports/bench.json', 'utf8')) as Partial<BenchReport>)
    : {};
const log = (line: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

const needsBaseline = (['bundle', 'visible', 'firstMap', 'kiosk', 'scale'] as const).some(wanted);
if (needsBaseline) {
  log('building the bare baseline page');
  await buildBaseline();
}

const report: Partial<BenchReport> = { ...previous };
report.date = new Date().toISOString();
report.machine = { cpus: cpus().length, model: cpus()[0]?.model ?? '?', node: process.version };
if (wanted('bundle'))
  report.bundle = { dashboard: bundleSizes('dist'), baseline: bundleSizes(BASELINE.root) };
if (wanted('parse')) {
  log('parse');
  report.parse = await parseBench();
}

const browserSections: Array<[Section, (b: Browser) => Promise<void>]> = [
  [
    'visible',
    async (b) => {
      report.visible = await visibleBench(b, Number(arg('--runs') ?? 7), undefined, log);
    },
  ],
  [
    'firstMap',
    async (b) => {
      const sizes: Array<[number, number]> = [
        [1920, 1080],
        [3840, 2160],
      ];
      report.firstMap = [
        ...(await firstMapBench(b, DASHBOARD, sizes)),
        ...(await firstMapBench(b, BASELINE, sizes)),
      ];
    },
  ],
  [
    'polls',
    async (b) => {
      report.polls = await pollBench(b);
      report.pollsNoRedraw = await pollBench(
        b,
        40,
        '?off=alert-levels,facilities,live-shelters,labels',
      );
    },
  ],
  [
    'kiosk',
    async (b) => {
      report.kiosk = [await kioskFrameBench(b, DASHBOARD), await kioskFrameBench(b, BASELINE)];
    },
  ],
  [
    'scale',
    async (b) => {
      report.scale = await scaleBench(b, [BASELINE, DASHBOARD]);
    },
  ],
  [
    'tourism',
    async (b) => {
      report.tourism = await tourismBench(b, { dist: arg('--tourism-dist') ?? 'dist', log });
    },
  ],
];
const toRun = browserSections.filter(([s]) => wanted(s));
if (toRun.length) {
  const browser = await launchChromium({ motion: true });
  try {
    for (const [section, run] of toRun) {
      log(section);
      await run(browser);
    }
  } finally {
    await browser.close();
  }
}

const md = benchMarkdown(report);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', JSON.stringify(report, null, 2));
writeFileSync('reports/bench.md', md);
console.log(md);
