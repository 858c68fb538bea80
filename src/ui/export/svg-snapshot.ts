/**
 * An on-screen SVG as a standalone document: every element carries the computed styles it is
 * drawn with (fonts, fills, strokes, text alignment), because an SVG drawn as an image sees
 * none of the page's CSS. Nothing external is referenced, so the image loads offline.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The properties a chart's look depends on; everything else keeps its SVG default. */
export const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'display',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Hover decorations that would freeze into the picture if the pointer was on the chart. */
const TRANSIENT = '.recharts-tooltip-cursor, .recharts-active-dot';

/** Copies the computed styles of `source` and its descendants onto the same-shaped `target`. */
export function inlineStyles(source: Element, target: Element): void {
  const style = getComputedStyle(source);
  const declarations: string[] = [];
  for (const p of INLINED_PROPERTIES) {
    const value = style.getPropertyValue(p);
    if (value) declarations.push(`${p}:${value}`);
  }
  if (declarations.length > 0) target.setAttribute('style', declarations.join(';'));
  const from = source.children;
  const to = target.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i]!, to[i]!);
}

/** The SVG as markup for an `<img>`, sized `width` × `height` CSS pixels. */
export function svgMarkup(svg: SVGSVGElement, width: number, height: number): string {
  const clone = svg.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new Error('the chart is not an SVG element');
  inlineStyles(svg, clone);
  for (const el of clone.querySelectorAll(TRANSIENT)) el.remove();
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return new XMLSerializer().serializeToString(clone);
}
