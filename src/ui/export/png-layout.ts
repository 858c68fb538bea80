/**
 * Where things go on an exported chart image, in CSS pixels (the canvas is this times the
 * scale): a header with the title and the as-of line, the chart, and a credit line. Pure, so
 * the layout is tested without a canvas.
 */

export const PNG_PAD = 16;
export const PNG_GAP = 10;
export const TITLE_FONT = { size: 18, line: 24, weight: 700 } as const;
export const AS_OF_FONT = { size: 13, line: 18, weight: 400 } as const;
export const CREDIT_FONT = { size: 11, line: 15, weight: 400 } as const;

/**
 * Breaks text into lines no wider than `maxWidth`: after the last space that fits when there
 * is one, else between any two characters (Japanese has no spaces). A word wider than the
 * line is broken too, so nothing runs off the image.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let rest = text.replace(/\s+/g, ' ').trim();
  while (rest) {
    if (measure(rest) <= maxWidth) {
      lines.push(rest);
      break;
    }
    const chars = [...rest];
    let fit = 1;
    while (fit < chars.length && measure(chars.slice(0, fit + 1).join('')) <= maxWidth) fit++;
    const head = chars.slice(0, fit).join('');
    const space = head.lastIndexOf(' ');
    const cut = space > 0 && chars[fit] !== ' ' ? space : head.length;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return lines;
}

export interface TextBlock {
  lines: string[];
  /** Top of each line. */
  tops: number[];
}

export interface PngLayout {
  width: number;
  height: number;
  chart: { x: number; y: number; width: number; height: number };
  title: TextBlock;
  asOf: TextBlock;
  credit: TextBlock;
}

function stack(lines: string[], top: number, lineHeight: number): TextBlock {
  return { lines, tops: lines.map((_, i) => top + i * lineHeight) };
}

export function pngLayout(
  chart: { width: number; height: number },
  text: { title: string[]; asOf: string[]; credit: string[] },
): PngLayout {
  let y = PNG_PAD;
  const title = stack(text.title, y, TITLE_FONT.line);
  y += text.title.length * TITLE_FONT.line;
  const asOf = stack(text.asOf, y, AS_OF_FONT.line);
  y += text.asOf.length * AS_OF_FONT.line + PNG_GAP;
  const box = { x: PNG_PAD, y, width: chart.width, height: chart.height };
  y += chart.height;
  if (text.credit.length > 0) y += PNG_GAP;
  const credit = stack(text.credit, y, CREDIT_FONT.line);
  y += text.credit.length * CREDIT_FONT.line + PNG_PAD;
  return { width: chart.width + 2 * PNG_PAD, height: y, chart: box, title, asOf, credit };
}
