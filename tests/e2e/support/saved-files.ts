/** What a user saves from the page (downloads) and reads off it (tables, folded panels). */
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { parseCsv } from './tourism-expected';

export const tid = (id: string) => `[data-testid="${id}"]`;

export async function save(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(tid(button))]);
  return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
}

export async function saveCsv(page: Page, button: string) {
  const { name, body } = await save(page, button);
  return { name, csv: parseCsv(body.toString('utf8')) };
}

/** Cell texts of a table on the page: header row, then body rows. */
export function domTable(
  page: Page,
  testId: string,
): Promise<{ head: string[]; body: string[][] }> {
  return page.locator(tid(testId)).evaluate((table) => {
    const text = (row: Element) => [...row.children].map((c) => (c.textContent ?? '').trim());
    return {
      head: [...table.querySelectorAll('thead tr')].flatMap(text),
      body: [...table.querySelectorAll('tbody tr')].map(text),
    };
  });
}

export async function openDetails(page: Page, testId: string): Promise<void> {
  await page.click(`${tid(testId)} > summary`);
  await expect.poll(() => page.getAttribute(tid(testId), 'open')).not.toBeNull();
}
