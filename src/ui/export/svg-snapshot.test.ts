// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { chartPieces } from './chart-pieces';
import { svgMarkup } from './svg-snapshot';

const SVG_NS = 'http://www.w3.org/2000/svg';

function chart(): HTMLElement {
  const style = document.createElement('style');
  style.textContent =
    '.chart text { font-family: "Noto Sans CJK JP"; font-size: 12px; fill: #666666 } ' +
    '.chart .line { stroke: #0072b2; stroke-width: 2px }';
  document.head.append(style);
  const div = document.createElement('div');
  div.className = 'chart';
  div.innerHTML =
    `<svg xmlns="${SVG_NS}" class="recharts-surface" viewBox="0 0 200 100">` +
    '<path class="line" d="M0 0L10 10"/><text x="5" y="5">長崎市 &amp; 5</text>' +
    '<g class="recharts-active-dot"><circle r="3"/></g></svg>' +
    '<span class="recharts-legend-item-text" style="color: rgb(0, 114, 178)">長崎市</span>' +
    '<div data-png-rect style="background-color: rgb(213, 94, 0)"></div>' +
    '<div class="recharts-tooltip-wrapper"><span data-png-text>tooltip</span></div>';
  document.body.append(div);
  return div;
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('svgMarkup', () => {
  it('inlines the computed styles, sizes the SVG and drops hover decorations', () => {
    const svg = chart().querySelector('svg')!;
    const markup = svgMarkup(svg, 200, 100);
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe('200');
    expect(root.getAttribute('height')).toBe('100');
    expect(root.getAttribute('viewBox')).toBe('0 0 200 100');
    const text = root.querySelector('text')!;
    expect(text.textContent).toBe('長崎市 & 5');
    expect(text.getAttribute('style')).toMatch(/font-family:"?Noto Sans CJK JP"?;/);
    expect(text.getAttribute('style')).toContain('fill:rgb(102, 102, 102)');
    expect(root.querySelector('path')!.getAttribute('style')).toContain('stroke:rgb(0, 114, 178)');
    expect(root.querySelector('.recharts-active-dot')).toBeNull();
    // The page itself is left as it was.
    expect(svg.querySelector('text')!.hasAttribute('style')).toBe(false);
    expect(svg.querySelector('.recharts-active-dot')).not.toBeNull();
  });
});

describe('chartPieces', () => {
  it('finds the SVG, legend text and overlay boxes, and no tooltip', () => {
    const div = chart();
    // jsdom does no layout: give every element a box by hand.
    const at = (el: Element, x: number, y: number, w: number, h: number) => {
      el.getBoundingClientRect = () => new DOMRect(x, y, w, h);
    };
    at(div, 100, 50, 300, 200);
    at(div.querySelector('svg')!, 100, 50, 300, 180);
    at(div.querySelector('.recharts-legend-item-text')!, 150, 235, 40, 15);
    at(div.querySelector('[data-png-rect]')!, 200, 56, 2, 150);
    at(div.querySelector('.recharts-tooltip-wrapper span')!, 120, 60, 50, 15);
    const { width, height, pieces } = chartPieces(div);
    expect([width, height]).toEqual([300, 200]);
    expect(pieces.map((p) => [p.kind, p.box])).toEqual([
      ['svg', { x: 0, y: 0, width: 300, height: 180 }],
      ['rect', { x: 100, y: 6, width: 2, height: 150 }],
      ['text', { x: 50, y: 185, width: 40, height: 15 }],
    ]);
    const rect = pieces[1]!;
    const text = pieces[2]!;
    expect(rect.kind === 'rect' && rect.color).toBe('rgb(213, 94, 0)');
    expect(text.kind === 'text' && [text.text, text.color]).toEqual(['長崎市', 'rgb(0, 114, 178)']);
  });

  it('leaves out what has no box (hidden, collapsed)', () => {
    const div = chart();
    expect(chartPieces(div).pieces).toEqual([]);
  });
});
