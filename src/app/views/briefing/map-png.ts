/**
 * The map as a PNG for slides and mail: a snapshot of the drawn frame (see MapHandle.snapshot)
 * in the same frame as the chart images (title, as-of line, credits).
 */
import { framedPng } from '../../../ui/export/png-frame';

export function mapPng(
  snapshot: HTMLCanvasElement,
  text: { title: string; asOf: string; credit: string },
): Promise<Blob> {
  // The snapshot is in device pixels; laid out at 2× like the charts, whatever the display.
  const scale = 2;
  const size = { width: snapshot.width / scale, height: snapshot.height / scale };
  return framedPng(
    size,
    text,
    (ctx, at) => ctx.drawImage(snapshot, at.x, at.y, size.width, size.height),
    {
      scale,
    },
  );
}
