import type { Page } from 'playwright-core';

/** What a table's layout looks like to its reader, measured in the page. */
export interface TableFit {
  /** The table's own width and the width its wrapper gives it. */
  tableWidth: number;
  wrapWidth: number;
  /** Cells (and the caption) whose text is wider than their box: cut off or spilling. */
  clipped: string[];
  /** Text inside numeric cells that runs over more than one line. */
  wrappedNumbers: string[];
  /** The table's right edge past its panel's (px), 0 when inside. */
  pastPanelRight: number;
  /** Height of the table hidden inside its own wrapper (a nested scroller cuts it off), px. */
  hiddenInWrap: number;
}

/** Measures the table matched by `selector` (inside a `.panel`). */
export function measureTable(page: Page, selector: string): Promise<TableFit> {
  return page.$eval(selector, (table) => {
    const wrap = table.parentElement ?? table;
    const panel = table.closest('.panel') ?? wrap;
    const label = (el: Element) => `${el.tagName.toLowerCase()}: ${el.textContent?.trim() ?? ''}`;
    const clipped = [...table.querySelectorAll('caption, th, td')]
      .filter((el) => (el as HTMLElement).scrollWidth > (el as HTMLElement).clientWidth)
      .map(label);
    const wrappedNumbers: string[] = [];
    for (const cell of table.querySelectorAll('td.num')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        // Text read out but not drawn (the verdict words) has no lines to count.
        if (!text || node.parentElement?.closest('.sr-only')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) wrappedNumbers.push(`${label(cell)} [${text}]`);
      }
    }
    return {
      tableWidth: table.scrollWidth,
      wrapWidth: wrap.clientWidth,
      clipped,
      wrappedNumbers,
      pastPanelRight: Math.max(
        0,
        table.getBoundingClientRect().right - panel.getBoundingClientRect().right,
      ),
      hiddenInWrap: Math.max(0, wrap.scrollHeight - wrap.clientHeight),
    };
  });
}

/**
 * Scrolls `selector` into view the way a reader would (its scrolling ancestor moves) and says
 * whether it then lies wholly inside the visible part of that ancestor and of the window.
 */
export function scrolledIntoView(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    el.scrollIntoView({ block: 'end' });
    const r = el.getBoundingClientRect();
    let box: Element | null = el.parentElement;
    while (box && getComputedStyle(box).overflowY !== 'auto' && box !== document.body)
      box = box.parentElement;
    const b = (box ?? document.body).getBoundingClientRect();
    const inside = (outer: { top: number; bottom: number }) =>
      r.top >= outer.top - 1 && r.bottom <= outer.bottom + 1;
    return inside(b) && inside({ top: 0, bottom: window.innerHeight });
  });
}
