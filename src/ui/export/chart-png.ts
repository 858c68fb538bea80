/**
 * A chart as a PNG: its SVG (with the computed styles inlined) and the HTML pieces around it
 * (legend labels, captions, the cursor overlay) drawn on a white canvas at a fixed 2× whatever
 * the display's devicePixelRatio, under a header (title, as-of line) and above a credit line.
 * SVGs load as images from blob: URLs: no foreignObject, nothing fetched; text uses the
 * system fonts (Noto Sans CJK JP).
 */
import { chartPieces, type ChartPiece } from './chart-pieces';
import { AS_OF_FONT, CREDIT_FONT, pngLayout, TITLE_FONT, wrapText } from './png-layout';

export interface ChartPngOptions {
  title: string;
  asOf?: string;
  credit?: string;
  /** Canvas pixels per CSS pixel (default 2). */
  scale?: number;
}

const INK = '#1d1d1b';
const MUTED = '#5b5b57';
const FALLBACK_FONTS = "'Noto Sans CJK JP', 'Noto Sans JP', sans-serif";

function loadSvg(markup: string): Promise<{ image: HTMLImageElement; url: string }> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve({ image, url });
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the browser could not draw the chart as an image'));
    };
    image.src = url;
  });
}

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode a PNG'))),
      'image/png',
    ),
  );
}

function drawText(
  ctx: CanvasRenderingContext2D,
  piece: Extract<ChartPiece, { kind: 'text' }>,
  dx: number,
  dy: number,
): void {
  ctx.font = piece.font;
  ctx.fillStyle = piece.color;
  ctx.textBaseline = 'middle';
  ctx.textAlign = piece.align;
  const { box } = piece;
  // One line unless the browser itself wrapped it (the box is taller than a line).
  const lines =
    box.height < piece.lineHeight * 1.5
      ? [piece.text]
      : wrapText(piece.text, box.width + 1, (s) => ctx.measureText(s).width);
  const lineHeight = lines.length > 1 ? piece.lineHeight : box.height;
  const x =
    dx +
    (piece.align === 'left'
      ? box.x
      : piece.align === 'right'
        ? box.x + box.width
        : box.x + box.width / 2);
  lines.forEach((line, i) => ctx.fillText(line, x, dy + box.y + i * lineHeight + lineHeight / 2));
}

export async function chartPng(container: HTMLElement, options: ChartPngOptions): Promise<Blob> {
  const scale = options.scale ?? 2;
  const { width, height, pieces } = chartPieces(container);
  if (width < 1 || height < 1 || !pieces.some((p) => p.kind === 'svg'))
    throw new Error('the chart is not on screen');
  const family = getComputedStyle(container).fontFamily || FALLBACK_FONTS;
  const font = (f: { size: number; weight: number }) => `${f.weight} ${f.size}px ${family}`;

  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('the browser offers no canvas to draw on');
  const wrap = (text: string | undefined, f: { size: number; weight: number }) => {
    if (!text) return [];
    ctx.font = font(f);
    return wrapText(text, width, (s) => ctx.measureText(s).width);
  };
  const layout = pngLayout(
    { width, height },
    {
      title: wrap(options.title, TITLE_FONT),
      asOf: wrap(options.asOf, AS_OF_FONT),
      credit: wrap(options.credit, CREDIT_FONT),
    },
  );
  // Decode every SVG before touching the canvas: a failure leaves nothing half drawn.
  const images = await Promise.all(
    pieces.map((p) => (p.kind === 'svg' ? loadSvg(p.markup) : Promise.resolve(undefined))),
  );
  try {
    canvas.width = Math.round(layout.width * scale);
    canvas.height = Math.round(layout.height * scale);
    ctx.scale(scale, scale);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, layout.width, layout.height);
    const block = (
      b: { lines: string[]; tops: number[] },
      f: typeof TITLE_FONT | typeof AS_OF_FONT | typeof CREDIT_FONT,
      color: string,
    ) => {
      ctx.font = font(f);
      ctx.fillStyle = color;
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'left';
      b.lines.forEach((line, i) => ctx.fillText(line, layout.chart.x, b.tops[i]! + f.line / 2));
    };
    block(layout.title, TITLE_FONT, INK);
    block(layout.asOf, AS_OF_FONT, MUTED);
    block(layout.credit, CREDIT_FONT, MUTED);
    const { x: dx, y: dy } = layout.chart;
    pieces.forEach((p, i) => {
      const loaded = images[i];
      if (p.kind === 'svg' && loaded)
        ctx.drawImage(loaded.image, dx + p.box.x, dy + p.box.y, p.box.width, p.box.height);
    });
    for (const p of pieces) {
      if (p.kind === 'rect') {
        ctx.fillStyle = p.color;
        ctx.fillRect(dx + p.box.x, dy + p.box.y, p.box.width, p.box.height);
      } else if (p.kind === 'text') drawText(ctx, p, dx, dy);
    }
    return await toPng(canvas);
  } finally {
    for (const loaded of images) if (loaded) URL.revokeObjectURL(loaded.url);
  }
}
