/**
 * An exported image's frame, shared by charts and the map: a white canvas at a fixed scale,
 * the title and as-of line above the content, the credit line below, encoded as PNG. The
 * caller draws the content at the offset it is given.
 */
import { AS_OF_FONT, CREDIT_FONT, pngLayout, TITLE_FONT, wrapText } from './png-layout';

export interface FrameText {
  title: string;
  asOf?: string | undefined;
  credit?: string | undefined;
}

const INK = '#1d1d1b';
const MUTED = '#5b5b57';
export const FALLBACK_FONTS = "'Noto Sans CJK JP', 'Noto Sans JP', sans-serif";

type Font = typeof TITLE_FONT | typeof AS_OF_FONT | typeof CREDIT_FONT;

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode a PNG'))),
      'image/png',
    ),
  );
}

export function framedPng(
  content: { width: number; height: number },
  text: FrameText,
  draw: (ctx: CanvasRenderingContext2D, at: { x: number; y: number }) => void,
  options: { scale?: number; family?: string } = {},
): Promise<Blob> {
  const scale = options.scale ?? 2;
  const family = options.family || FALLBACK_FONTS;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('the browser offers no canvas to draw on'));
  const font = (f: Font) => `${f.weight} ${f.size}px ${family}`;
  const wrap = (s: string | undefined, f: Font) => {
    if (!s) return [];
    ctx.font = font(f);
    return wrapText(s, content.width, (x) => ctx.measureText(x).width);
  };
  const layout = pngLayout(content, {
    title: wrap(text.title, TITLE_FONT),
    asOf: wrap(text.asOf, AS_OF_FONT),
    credit: wrap(text.credit, CREDIT_FONT),
  });
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  const lines = (b: { lines: string[]; tops: number[] }, f: Font, color: string) => {
    ctx.font = font(f);
    ctx.fillStyle = color;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    b.lines.forEach((line, i) => ctx.fillText(line, layout.chart.x, b.tops[i]! + f.line / 2));
  };
  lines(layout.title, TITLE_FONT, INK);
  lines(layout.asOf, AS_OF_FONT, MUTED);
  lines(layout.credit, CREDIT_FONT, MUTED);
  draw(ctx, { x: layout.chart.x, y: layout.chart.y });
  return toPng(canvas);
}
