/**
 * Benchmarks (npm run bench): builds nothing itself; run after `vite build`.
 * Writes reports/bench.json and reports/bench.md and prints the Markdown.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { bundleSizes } from './bundle';
import { parseBench } from './parse';
import { firstMapBench } from './first-map';
import { launchChromium } from '../e2e/support/browser';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

const bundle = bundleSizes();
const parse = parseBench();
const browser = await launchChromium();
const firstMap = await firstMapBench(browser, [
  [1920, 1080],
  [3840, 2160],
]).finally(() => browser.close());

const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
  bundle,
  parse,
  firstMap,
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
].join('\n');
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', JSON.stringify(report, null, 2));
writeFileSync('reports/bench.md', md);
console.log(md);
