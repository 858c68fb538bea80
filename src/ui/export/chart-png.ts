/**
 * A chart as a PNG: its SVG (with the computed styles inlined) and the HTML pieces around it
 * (legend labels, captions, the cursor overlay) drawn on a white canvas at a fixed 2× whatever
 * the display's devicePixelRatio, under a header (title, as-of line) and above a credit line.
 * SVGs load as images from blob: URLs: no foreignObject, nothing fetched; text uses the
 * system fonts (Noto Sans CJK JP).
 */
import { chartPieces, type ChartPiece } from './chart-pieces';
import { wrapText } from './png-layout';
import { framedPng } from './png-frame';

export interface ChartPngOptions {
  title: string;
  asOf?: string;
  credit?: string;
  /** Canvas pixels per CSS pixel (default 2). */
  scale?: number;
}

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
  const { width, height, pieces } = chartPieces(container);
  if (width < 1 || height < 1 || !pieces.some((p) => p.kind === 'svg'))
    throw new Error('the chart is not on screen');
  // Decode every SVG before touching the canvas: a failure leaves nothing half drawn.
  const images = await Promise.all(
    pieces.map((p) => (p.kind === 'svg' ? loadSvg(p.markup) : Promise.resolve(undefined))),
  );
  try {
    return await framedPng(
      { width, height },
      options,
      (ctx, { x: dx, y: dy }) => {
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
      },
      {
        ...(options.scale !== undefined && { scale: options.scale }),
        family: getComputedStyle(container).fontFamily,
      },
    );
  } finally {
    for (const loaded of images) if (loaded) URL.revokeObjectURL(loaded.url);
  }
}
