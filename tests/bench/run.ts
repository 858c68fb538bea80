/**
 * Benchmarks (npm run bench): builds nothing itself; run after `vite build`.
 * Writes reports/bench.json and reports/bench.md and prints the Markdown.
 * `--only tourism` reruns the tourism section alone and keeps the other browser sections from
 * the previous reports/bench.json when there is one; `--tourism-dist DIR` serves another build
 * to the tourism bench (default dist/).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { bundleSizes } from './bundle';
import { parseBench } from './parse';
import { firstMapBench, type FirstMapResult } from './first-map';
import { kioskFrameBench, pollBench, type FrameBench, type PollBench } from './polls';
import { tourismBench, type TourismBench } from './tourism';
import { tourismMarkdown } from './tourism-report';
import { launchChromium } from '../e2e/support/browser';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

interface BrowserSections {
  firstMap: FirstMapResult[];
  polls: PollBench;
  pollsNoRedraw: PollBench;
  kiosk: FrameBench;
}

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const only = arg('--only');
if (only !== undefined && only !== 'tourism')
  throw new Error(`--only takes "tourism", not "${only}"`);
const previous: Partial<BrowserSections> =
  only && existsSync('reports/bench.json')
    ? (JSON.parse(readFileSync('reports/bench.json', 'utf8')) as Partial<BrowserSections>)
    : {};

const bundle = bundleSizes();
const parse = parseBench();
const browser = await launchChromium();
let sections: BrowserSections;
let tourism: TourismBench;
try {
  const keep = previous;
  sections =
    keep.firstMap && keep.polls && keep.pollsNoRedraw && keep.kiosk
      ? {
          firstMap: keep.firstMap,
          polls: keep.polls,
          pollsNoRedraw: keep.pollsNoRedraw,
          kiosk: keep.kiosk,
        }
      : {
          firstMap: await firstMapBench(browser, [
            [1920, 1080],
            [3840, 2160],
          ]),
          polls: await pollBench(browser),
          pollsNoRedraw: await pollBench(
            browser,
            40,
            '?off=alert-levels,facilities,live-shelters,labels',
          ),
          kiosk: await kioskFrameBench(browser),
        };
  tourism = await tourismBench(browser, {
    dist: arg('--tourism-dist') ?? 'dist',
    log: (line) => console.error(line),
  });
} finally {
  await browser.close();
}
const { firstMap, polls, pollsNoRedraw, kiosk } = sections;

const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
  bundle,
  parse,
  firstMap,
  polls,
  pollsNoRedraw,
  kiosk,
  tourism,
};
const md = [
  `# Benchmarks (${report.date})`,
  '',
  `Machine: ${report.machine.cpus} × ${report.machine.model}, Node ${report.machine.node}; Chromium on SwiftShader (no GPU).`,
  '',
  '## JavaScript (gzip -9)',
  '',
  '| chunk | kind | raw | gzip |',
  '|---|---|---:|---:|',
  ...bundle.initial.map((c) => `| ${c.file} | initial | ${kb(c.bytes)} | ${kb(c.gzip)} |`),
  ...bundle.lazy.map((c) => `| ${c.file} | lazy | ${kb(c.bytes)} | ${kb(c.gzip)} |`),
  `| **initial total** | | ${kb(bundle.initial.reduce((s, c) => s + c.bytes, 0))} | ${kb(bundle.initial.reduce((s, c) => s + c.gzip, 0))} |`,
  '',
  '## Parse, validate, normalise the masters (normalized form, Node, median of 25)',
  '',
  `${parse.entities} entities, ${kb(parse.payloadBytes)}: JSON.parse ${ms(parse.jsonParseMs)}; parse + validate + normalise ${ms(parse.parseValidateNormaliseMs)} (${parse.ratio.toFixed(1)}× JSON.parse).`,
  '',
  '## First map with all shelters drawn (production build, HTTP mock, median of 3)',
  '',
  '| viewport | navigation → map idle with markers | main-thread script | main-thread tasks | JS heap |',
  '|---|---:|---:|---:|---:|',
  ...firstMap.map(
    (r) =>
      `| ${r.viewport} | ${ms(r.firstMapMs)} | ${ms(r.scriptMs)} | ${ms(r.taskMs)} | ${r.jsHeapMb.toFixed(1)} MB |`,
  ),
  '',
  '## Polls during the drill (1,478 overlays + levels + events every 2 s, 1920×1080)',
  '',
  '| run | overlay polls | main thread per poll | of which script | long tasks > 50 ms |',
  '|---|---:|---:|---:|---|',
  ...(
    [
      ['map redrawn each poll', polls],
      ['map layers off (data path only)', pollsNoRedraw],
    ] as const
  ).map(
    ([label, p]) =>
      `| ${label} | ${p.polls} in ${p.windowS} s | ${ms(p.mainThreadMsPerPoll)} | ${ms(p.scriptMsPerPoll)} | ${p.longTasks.length}${p.longTasks.length ? ` (max ${Math.max(...p.longTasks)} ms)` : ''} |`,
  ),
  '',
  'Parsing and validation run in the feed worker; on SwiftShader each map frame is itself a long task.',
  '',
  '## Kiosk cycling at 3840×2160 (presets every 5 s)',
  '',
  `${kiosk.frames} map frames in ${kiosk.windowS} s: main-thread ${ms(kiosk.mainThreadMsPerFrame)} per frame (script ${ms(kiosk.scriptMsPerFrame)}); JS heap ${kiosk.heapMb.toFixed(1)} MB. Frame rate on SwiftShader is not meaningful.`,
  '',
  ...tourismMarkdown(tourism),
].join('\n');
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', JSON.stringify(report, null, 2));
writeFileSync('reports/bench.md', md);
console.log(md);
