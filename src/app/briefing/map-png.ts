/**
 * The map as a PNG for slides and mail: a snapshot of the drawn frame (see MapHandle.snapshot)
 * under the same header and above the same credit line as the chart images.
 */
import {
  AS_OF_FONT,
  CREDIT_FONT,
  pngLayout,
  TITLE_FONT,
  wrapText,
} from '../../ui/export/png-layout';

const INK = '#1d1d1b';
const MUTED = '#5b5b57';
const FONTS = "'Noto Sans CJK JP', 'Noto Sans JP', sans-serif";

export function mapPng(
  snapshot: HTMLCanvasElement,
  text: { title: string; asOf: string; credit: string },
): Promise<Blob> {
  // The snapshot is in device pixels; lay out in CSS pixels at the same 2× as the charts.
  const scale = 2;
  const width = snapshot.width / scale;
  const height = snapshot.height / scale;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('the browser offers no canvas to draw on'));
  const font = (f: { size: number; weight: number }) => `${f.weight} ${f.size}px ${FONTS}`;
  const wrap = (s: string, f: { size: number; weight: number }) => {
    ctx.font = font(f);
    return wrapText(s, width, (x) => ctx.measureText(x).width);
  };
  const layout = pngLayout(
    { width, height },
    {
      title: wrap(text.title, TITLE_FONT),
      asOf: wrap(text.asOf, AS_OF_FONT),
      credit: wrap(text.credit, CREDIT_FONT),
    },
  );
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'middle';
  const lines = (
    b: { lines: string[]; tops: number[] },
    f: typeof TITLE_FONT | typeof AS_OF_FONT | typeof CREDIT_FONT,
    color: string,
  ) => {
    ctx.font = font(f);
    ctx.fillStyle = color;
    b.lines.forEach((line, i) => ctx.fillText(line, layout.chart.x, b.tops[i]! + f.line / 2));
  };
  lines(layout.title, TITLE_FONT, INK);
  lines(layout.asOf, AS_OF_FONT, MUTED);
  lines(layout.credit, CREDIT_FONT, MUTED);
  ctx.drawImage(snapshot, layout.chart.x, layout.chart.y, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode a PNG'))),
      'image/png',
    ),
  );
}
