/**
 * The operations tables fit their panel, in both languages, on the desk (1920×1080): no cell
 * clipped (scroll width within client width), no table wider than its panel, numbers on one
 * line (names may wrap, a one-word name never inside itself), and the sort control usable. The wall's tables (3840×2160, kiosk,
 * nothing scrolls) are checked by the layout audit in wall.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForMapReady } from './support/browser';
import { startStack, type Stack } from './support/stack';

/** Storm 21:00: most municipalities at level 4, Goto at 5, the largest figures of the day. */
const FROZEN_MINUTE = 21 * 60;
const READY = '[data-testid="total-evacuees"]';

interface Misfit {
  table: string;
  what: string;
}

/** Every rendered table in the side panel, measured. */
function measure(page: Page): Promise<Misfit[]> {
  return page.evaluate(() => {
    const out: Array<{ table: string; what: string }> = [];
    const side = document.querySelector('[data-testid="side"]');
    for (const table of side?.querySelectorAll('table') ?? []) {
      if (table.getClientRects().length === 0) continue; // inside a closed <details>
      const name =
        table.dataset.testid ?? table.closest('.panel')?.getAttribute('data-panel') ?? '?';
      const panel = table.closest('.panel');
      if (panel) {
        const p = panel.getBoundingClientRect();
        const style = getComputedStyle(panel);
        const inner = p.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
        const right = table.getBoundingClientRect().right;
        if (right > inner + 0.5)
          out.push({
            table: name,
            what: `right edge ${right.toFixed(1)} > panel ${inner.toFixed(1)}`,
          });
      }
      for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
        const text = (cell.textContent ?? '').trim();
        if (cell.scrollWidth > cell.clientWidth)
          out.push({
            table: name,
            what: `clipped "${text}" ${cell.scrollWidth} > ${cell.clientWidth}`,
          });
        // A number is one line: every line box of its text at the same top. (Words in a
        // figure column, saying why there is no figure, may wrap.)
        if (
          cell.tagName === 'TD' &&
          cell.classList.contains('num') &&
          /\d/.test(text) &&
          text !== ''
        ) {
          const range = document.createRange();
          range.selectNodeContents(cell);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) out.push({ table: name, what: `number wraps "${text}"` });
        }
        // A row's name of one word (対馬, Tsushima) is one line: Japanese may break between
        // any two characters unless told not to.
        if (
          cell.tagName === 'TH' &&
          cell.getAttribute('scope') === 'row' &&
          /^[\p{L}\p{N}]+$/u.test(text)
        ) {
          const range = document.createRange();
          range.selectNodeContents(cell);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) out.push({ table: name, what: `name breaks inside "${text}"` });
        }
      }
    }
    return out;
  });
}

describe('operations tables fit their panel', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ scenario: 'typhoon', speed: 60 }, { kiosk: { cycleSeconds: 5 } });
    stack.api.scenario!.setStormMinutes(FROZEN_MINUTE);
    stack.api.scenario!.pause();
  });
  afterAll(() => stack?.close());

  async function open(query: string, width: number, height: number): Promise<Page> {
    const page = await stack.browser.newPage({ viewport: { width, height } });
    await page.goto(`${stack.app.url}/?${query}`);
    await waitForMapReady(page, 180_000, READY);
    return page;
  }

  it('on the desk at 1920×1080, in Japanese and then in English', async () => {
    const page = await open('lang=ja', 1920, 1080);
    for (const lang of ['ja', 'en'] as const) {
      if (lang === 'en') {
        await page.click('button.lang');
        await page.waitForFunction(
          () => document.querySelector('.app')?.getAttribute('lang') === 'en',
        );
      }
      await expectTablesFit(page, lang);
    }
    await page.close();
  });
});

async function expectTablesFit(page: Page, lang: 'ja' | 'en'): Promise<void> {
  await page.waitForSelector('[data-testid="municipality-table"]');
  // Every table is measured: none may be left out by a renamed test id.
  const shown = await page.$$eval('[data-testid="side"] table', (ts) =>
    ts.filter((t) => t.getClientRects().length > 0).map((t) => t.dataset.testid ?? ''),
  );
  expect(shown).toEqual(expect.arrayContaining(['island-table', 'municipality-table']));
  expect(await measure(page)).toEqual([]);
  // The sort control stays usable: every heading's button is on screen, inside its cell,
  // names its column in full, and sorts by it.
  const heads = await page.$$eval('[data-testid="municipality-table"] thead th', (ths) =>
    ths.map((th) => {
      const b = th.querySelector('button')!.getBoundingClientRect();
      const c = th.getBoundingClientRect();
      return {
        inside: b.width > 0 && b.left >= c.left - 0.5 && b.right <= c.right + 0.5,
        label: th.querySelector('button')!.getAttribute('aria-label') ?? '',
        title: th.getAttribute('title') ?? '',
      };
    }),
  );
  expect(heads).toHaveLength(9);
  for (const h of heads) {
    expect(h.inside).toBe(true);
    expect(h.label).toContain(h.title);
  }
  const fullBand = page.locator('[data-testid="municipality-table"] thead th').nth(8);
  await fullBand.locator('button').click();
  // A second press turns the order (the English pass finds the column sorted already).
  if ((await fullBand.getAttribute('aria-sort')) !== 'descending')
    await fullBand.locator('button').click();
  await expect(fullBand.getAttribute('aria-sort')).resolves.toBe('descending');
  const column = await page.$$eval(
    '[data-testid="municipality-table"] tbody tr td:last-child',
    (tds) => tds.map((td) => Number((td.textContent ?? '').replace(/\D/g, ''))),
  );
  expect(column).toEqual([...column].sort((a, b) => b - a));
  expect(await measure(page), lang).toEqual([]);
}
