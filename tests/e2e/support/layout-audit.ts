/**
 * What a reader would call broken layout, found in the page as laid out: text cut off by the
 * box it is in (overflow hidden, an ellipsis, an SVG edge), a table that needs sideways
 * scrolling to be read, two pieces of text drawn over each other, and on the wall (nobody
 * scrolls) text that is scrolled or pushed out of sight. Written apart from the app's code.
 */
import type { Page } from 'playwright-core';

export interface AuditOptions {
  /** The wall: no scrolling at all, so text below a scroll box's edge is lost too. */
  kiosk: boolean;
}

export async function auditLayout(page: Page, opts: AuditOptions): Promise<string[]> {
  return page.evaluate(({ kiosk }) => {
    const problems = new Set<string>();
    const styles = new Map<Element, CSSStyleDeclaration>();
    const style = (el: Element) => {
      let s = styles.get(el);
      if (!s) styles.set(el, (s = getComputedStyle(el)));
      return s;
    };
    const where = (el: Element) => {
      const parts: string[] = [];
      for (
        let e: Element | null = el;
        e && e !== document.body && parts.length < 4;
        e = e.parentElement
      ) {
        const id =
          e.getAttribute('data-testid') ??
          e.getAttribute('data-panel') ??
          e.getAttribute('data-block');
        parts.unshift(id ? `${e.tagName.toLowerCase()}[${id}]` : e.tagName.toLowerCase());
      }
      return parts.join(' > ');
    };
    const short = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 40);
    // Text meant only for screen readers, and what is meant to sit over other things.
    const skip = (el: Element) =>
      el.closest('.tooltip, .skip-link, .sr-only, [aria-hidden="true"]') !== null;

    const clipping = (el: Element): boolean => {
      const s = style(el);
      return s.overflowX !== 'visible' || s.overflowY !== 'visible';
    };

    interface Piece {
      /** The text node or SVG text element it comes from (pieces of one never clash). */
      owner: Node;
      text: string;
      rect: DOMRect;
    }
    const pieces: Piece[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const node = n as Text;
      const el = node.parentElement;
      if (!el || !node.data.trim() || skip(el) || el.closest('svg')) continue;
      if (style(el).visibility === 'hidden') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 1 && r.height > 1);
      if (rects.length === 0) continue;
      const text = short(node.data);
      // What of each box shows through every box that clips or scrolls around it: only that
      // can be drawn over other text.
      const shown = rects.map((r) => ({
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      }));
      // Cut off by an ancestor that clips. On the desk, text in a scroll box is reachable by
      // scrolling: boxes further out no longer hide it on that axis (the scroll box itself is
      // checked as text of theirs would be). On the wall nobody scrolls: a scroll box clips.
      let reachX = false;
      let reachY = false;
      for (let a: Element | null = el; a && a !== document.documentElement; a = a.parentElement) {
        if (!clipping(a)) continue;
        const s = style(a);
        const box = a.getBoundingClientRect();
        const clip = {
          left: box.left + a.clientLeft,
          top: box.top + a.clientTop,
          right: box.left + a.clientLeft + a.clientWidth,
          bottom: box.top + a.clientTop + a.clientHeight,
        };
        const scrollX = s.overflowX === 'auto' || s.overflowX === 'scroll';
        const scrollY = s.overflowY === 'auto' || s.overflowY === 'scroll';
        for (const v of shown) {
          v.left = Math.max(v.left, clip.left);
          v.top = Math.max(v.top, clip.top);
          v.right = Math.min(v.right, clip.right);
          v.bottom = Math.min(v.bottom, clip.bottom);
        }
        const hidesX = !reachX && (kiosk || !scrollX);
        const hidesY = !reachY && (kiosk || !scrollY);
        for (const r of rects) {
          if (hidesX && (r.left < clip.left - 1 || r.right > clip.right + 1))
            problems.add(`cut off sideways: "${text}" in ${where(a)}`);
          if (hidesY && (r.top < clip.top - 1 || r.bottom > clip.bottom + 1))
            problems.add(`cut off below or above: "${text}" in ${where(a)}`);
        }
        if (scrollX && a.scrollWidth > a.clientWidth + 1)
          problems.add(`needs sideways scrolling to read: ${where(a)}`);
        if (!kiosk) {
          reachX ||= scrollX;
          reachY ||= scrollY;
        }
      }
      for (const v of shown)
        if (v.right - v.left > 1 && v.bottom - v.top > 1)
          pieces.push({
            owner: node,
            text,
            rect: new DOMRect(v.left, v.top, v.right - v.left, v.bottom - v.top),
          });
      if (style(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1)
        problems.add(`shortened with an ellipsis: "${text}" in ${where(el)}`);
      if (kiosk)
        for (const r of rects)
          if (r.right > innerWidth + 1 || r.bottom > innerHeight + 1 || r.left < -1 || r.top < -1)
            problems.add(`off the screen: "${text}" in ${where(el)}`);
    }
    if (document.documentElement.scrollWidth > innerWidth + 1)
      problems.add('the page scrolls sideways');

    // SVG text (chart ticks, labels) inside its SVG.
    for (const t of document.querySelectorAll('svg text')) {
      const svg = (t as SVGTextElement).ownerSVGElement;
      const text = short(t.textContent ?? '');
      if (!svg || !text || skip(t)) continue;
      const r = t.getBoundingClientRect();
      const b = svg.getBoundingClientRect();
      if (r.width === 0) continue;
      if (
        r.left < b.left - 1 ||
        r.right > b.right + 1 ||
        r.top < b.top - 1 ||
        r.bottom > b.bottom + 1
      )
        problems.add(`chart text outside its chart: "${text}" in ${where(svg)}`);
      pieces.push({ owner: t, text, rect: r });
    }

    // Two pieces of text drawn over each other. Text boxes are the font's full ascent and
    // descent, so tight lines touch by a few pixels without any ink meeting: a clash is an
    // overlap of more than a third of the smaller box's height (and some width).
    const sorted = [...pieces].sort((a, b) => a.rect.top - b.rect.top);
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      for (let j = i + 1; j < sorted.length; j++) {
        const b = sorted[j]!;
        if (b.rect.top >= a.rect.bottom) break;
        if (a.owner === b.owner) continue;
        const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (w > 2 && h > Math.min(a.rect.height, b.rect.height) / 3)
          problems.add(
            `text over text: "${a.text}" × "${b.text}" in ${where(a.owner.parentElement ?? document.body)}`,
          );
      }
    }
    // A table's headings wrap between words only (満員/報告, never 満員報/告; 小値賀町, never
    // 小値賀/町): Japanese may otherwise break between any two characters. Column headings, and
    // Japanese row headings. A word wider than its cell has to break somewhere: let be.
    const words = new Intl.Segmenter(document.documentElement.lang || 'ja', {
      granularity: 'word',
    });
    const headings = 'table thead th, table :is(tbody, tfoot) th:lang(ja)';
    for (const th of document.querySelectorAll(headings)) {
      if (skip(th) || th.getClientRects().length === 0) continue;
      let text = '';
      const tops: number[] = [];
      const widths: number[] = [];
      const heads = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let n = heads.nextNode(); n; n = heads.nextNode()) {
        const node = n as Text;
        for (let i = 0; i < node.data.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          text += node.data[i];
          tops.push(rect ? Math.round(rect.top) : (tops.at(-1) ?? 0));
          widths.push(rect?.width ?? 0);
        }
      }
      const style = getComputedStyle(th);
      const room = th.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const segments = [...words.segment(text)];
      const kind = th.closest('thead') ? 'heading' : 'row heading';
      for (const seg of segments) {
        const end = seg.index + seg.segment.length;
        const width = widths.slice(seg.index, end).reduce((a, b) => a + b, 0);
        if (width > room + 1) continue;
        for (let i = seg.index + 1; i < end; i++) {
          if (tops[i]! > tops[i - 1]! && !/[\s\u00ad]/.test(text[i - 1]!))
            problems.add(
              `${kind} breaks inside a word: "${text.slice(0, i)}|${text.slice(i)}" in ${where(th)}`,
            );
        }
      }
    }
    return [...problems].sort();
  }, opts);
}

/** Place names the map reports drawing that overlap each other. */
export async function overlappingLabels(page: Page): Promise<string[]> {
  const json = await page.getAttribute('.map-area', 'data-labels');
  const boxes = JSON.parse(json ?? '[]') as [string, number, number, number, number][];
  const out: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      if (a[1] < b[1] + b[3] && b[1] < a[1] + a[3] && a[2] < b[2] + b[4] && b[2] < a[2] + a[4])
        out.push(`${a[0]} × ${b[0]}`);
  return out;
}

/**
 * Formatting left to the browser's locale, or Japanese formatting on an English page: hour
 * labels like 「21時」, native date fields (mm/dd/yyyy or yyyy/mm/dd by the browser), and on
 * Japanese pages English sentences (three lowercase words in a row, outside links and code).
 */
export async function languageLeaks(page: Page, lang: 'ja' | 'en'): Promise<string[]> {
  return page.evaluate((lang) => {
    const out: string[] = [];
    const text = document.body.innerText;
    if (lang === 'en') {
      for (const m of text.matchAll(/\d{1,2}時/g))
        out.push(`Japanese hour on an English page: ${m[0]}`);
      for (const t of document.querySelectorAll('svg text'))
        if (/[\u3040-\u30ff]|\d時/.test(t.textContent ?? ''))
          out.push(`Japanese chart text on an English page: ${t.textContent}`);
    } else {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest('a, code, .brief-url, .credits, [aria-hidden="true"]')) continue;
        const data = (n as Text).data.replace(/https?:\/\/\S+/g, '');
        const m = /\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b/.exec(data);
        if (m && el.getClientRects().length > 0) out.push(`English on a Japanese page: ${m[0]}`);
      }
    }
    for (const i of document.querySelectorAll(
      'input[type="date"], input[type="datetime-local"], input[type="time"]',
    ))
      if ((i as HTMLElement).getClientRects().length > 0)
        out.push(`a native ${i.getAttribute('type')} field formats by the browser's locale`);
    return [...new Set(out)];
  }, lang);
}
