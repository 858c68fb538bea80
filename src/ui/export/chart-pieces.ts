/**
 * What a chart container draws, as pieces placed relative to the container: each SVG (the
 * Recharts surface, legend icons), and the HTML drawn around them that belongs in the picture:
 * legend labels, elements marked `data-png-text` (captions) and `data-png-rect` (overlays such
 * as the tourism time cursor, a plain coloured box). Tooltips are left out (they follow the
 * pointer); anything else outside the SVGs is not drawn.
 */
import { svgMarkup } from './svg-snapshot';

export interface PieceBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type ChartPiece =
  | { kind: 'svg'; box: PieceBox; markup: string }
  | { kind: 'rect'; box: PieceBox; color: string }
  | {
      kind: 'text';
      box: PieceBox;
      text: string;
      font: string;
      color: string;
      lineHeight: number;
      align: 'left' | 'center' | 'right';
    };

export const TEXT_SELECTOR = '.recharts-legend-item-text, [data-png-text]';
export const RECT_SELECTOR = '[data-png-rect]';
const SKIP = '.recharts-tooltip-wrapper';

function boxOf(el: Element, origin: DOMRect): PieceBox | undefined {
  const r = el.getBoundingClientRect();
  if (r.width <= 0 || r.height <= 0) return undefined;
  return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
}

const visible = (el: Element) => !el.closest(SKIP) && getComputedStyle(el).visibility !== 'hidden';

function alignOf(style: CSSStyleDeclaration): 'left' | 'center' | 'right' {
  const a = style.textAlign;
  return a === 'center' ? 'center' : a === 'right' || a === 'end' ? 'right' : 'left';
}

export function chartPieces(container: HTMLElement): {
  width: number;
  height: number;
  pieces: ChartPiece[];
} {
  const origin = container.getBoundingClientRect();
  const pieces: ChartPiece[] = [];
  for (const svg of container.querySelectorAll('svg')) {
    // A nested <svg> is drawn as part of its outer one.
    if (svg.parentElement?.closest('svg') || !visible(svg)) continue;
    const box = boxOf(svg, origin);
    if (box) pieces.push({ kind: 'svg', box, markup: svgMarkup(svg, box.width, box.height) });
  }
  for (const el of container.querySelectorAll(RECT_SELECTOR)) {
    const box = boxOf(el, origin);
    if (box && visible(el))
      pieces.push({ kind: 'rect', box, color: getComputedStyle(el).backgroundColor });
  }
  for (const el of container.querySelectorAll(TEXT_SELECTOR)) {
    const box = boxOf(el, origin);
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!box || !text || !visible(el)) continue;
    const s = getComputedStyle(el);
    const size = parseFloat(s.fontSize) || 12;
    pieces.push({
      kind: 'text',
      box,
      text,
      font: `${s.fontStyle} ${s.fontWeight} ${size}px ${s.fontFamily}`,
      color: s.color,
      lineHeight: parseFloat(s.lineHeight) || size * 1.4,
      align: alignOf(s),
    });
  }
  return { width: origin.width, height: origin.height, pieces };
}
