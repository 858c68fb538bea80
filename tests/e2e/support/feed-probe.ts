import type { Page } from 'playwright-core';
import type { Stack } from './stack';
import { CONTEXT } from './stack';

/** What the data panel says about one feed (FeedStatus), read from the page. */
export interface FeedView {
  /** Epoch ms of the last good data (0 before any). */
  updatedAt: number;
  state: 'ok' | 'failed' | 'waiting';
  error: string | null;
  /** The whole block's text: skip summary, reasons, warnings. */
  text: string;
}

export async function feedView(page: Page, feed: string): Promise<FeedView> {
  const view = await page.evaluate((name) => {
    const el = [...document.querySelectorAll<HTMLElement>('[data-testid="feed-status"]')].find(
      (e) => e.dataset.feed === name,
    );
    if (!el) return undefined;
    // Open the skip details so their text is part of textContent whatever the UI state.
    for (const d of el.querySelectorAll('details')) d.open = true;
    return {
      updatedAt: Number(el.dataset.updatedAt ?? 0),
      state: el.dataset.state ?? '',
      error: el.querySelector('[data-testid="feed-error"]')?.textContent ?? null,
      text: el.textContent ?? '',
    };
  }, feed);
  if (!view) throw new Error(`no feed status for "${feed}"`);
  if (view.state !== 'ok' && view.state !== 'failed' && view.state !== 'waiting')
    throw new Error(`feed "${feed}" has state "${view.state}"`);
  return { ...view, state: view.state };
}

/** Polls `feedView` until `done` holds; returns the view and when (Date.now()) it did. */
export async function waitForFeed(
  page: Page,
  feed: string,
  done: (v: FeedView) => boolean,
  timeoutMs: number,
): Promise<{ view: FeedView; at: number }> {
  const until = Date.now() + timeoutMs;
  let last: FeedView | undefined;
  for (;;) {
    last = await feedView(page, feed);
    if (done(last)) return { view: last, at: Date.now() };
    if (Date.now() > until)
      throw new Error(
        `feed "${feed}" did not reach the expected state in ${timeoutMs} ms; last: ${JSON.stringify(last)}`,
      );
    await page.waitForTimeout(100);
  }
}

/** Entity ids of a type as the broker serves them (keyValues, first page), for picking victims. */
export async function entityIds(
  stack: Stack,
  type: string,
  tenant: string | undefined,
  q?: string,
): Promise<string[]> {
  const params = new URLSearchParams({ type, limit: '1000', options: 'keyValues' });
  if (q !== undefined) params.set('q', q);
  const res = await fetch(`${stack.api.url}/ngsi-ld/v1/entities?${params.toString()}`, {
    headers: {
      Accept: 'application/json',
      Link: `<${CONTEXT}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`,
      ...(tenant !== undefined && { 'NGSILD-Tenant': tenant }),
    },
  });
  if (!res.ok) throw new Error(`listing ${type}: HTTP ${res.status}`);
  const body = (await res.json()) as { id: string }[];
  return body.map((e) => e.id);
}
