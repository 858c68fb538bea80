// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import jsQR from 'jsqr';
import qrcode from 'qrcode-generator';
import { Qr, qrPath } from './Qr';

/** The path's dark modules painted as pixels (`scale` per module), read back by jsQR. */
function decode({ size, d }: { size: number; d: string }, scale = 4): string | null {
  const px = size * scale;
  const data = new Uint8ClampedArray(px * px * 4).fill(255);
  for (const [, x, y] of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g))
    for (let dy = 0; dy < scale; dy++)
      for (let dx = 0; dx < scale; dx++) {
        const i = ((Number(y) * scale + dy) * px + Number(x) * scale + dx) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
  return jsQR(data, px, px)?.data ?? null;
}

describe('the briefing QR code', () => {
  it.each([
    'http://127.0.0.1:5173/?screen=briefing&area=42201',
    'https://dashboard.example.jp/nagasaki/?screen=briefing&area=42211&lang=en&kiosk=1',
    'https://x.example/',
  ])('encodes %s with a quiet zone of four modules', (text) => {
    const path = qrPath(qrcode, text);
    expect(decode(path)).toBe(text);
    // Nothing dark in the quiet zone.
    for (const [, x, y] of path.d.matchAll(/M(\d+) (\d+)/g)) {
      expect(Number(x)).toBeGreaterThanOrEqual(4);
      expect(Number(y)).toBeLessThan(path.size - 4);
    }
  });

  it('is drawn once its encoder has loaded, and again for a new address', async () => {
    const { rerender } = render(<Qr text="https://a.example/?area=42201" label="QR" />);
    const svg = screen.getByRole('img', { name: 'QR' });
    await waitFor(() => expect(svg.getAttribute('data-ready')).toBe('1'));
    const first = svg.querySelector('path')?.getAttribute('d');
    expect(first).toBe(qrPath(qrcode, 'https://a.example/?area=42201').d);
    rerender(<Qr text="https://a.example/?area=42202" label="QR" />);
    await waitFor(() =>
      expect(svg.querySelector('path')?.getAttribute('d')).toBe(
        qrPath(qrcode, 'https://a.example/?area=42202').d,
      ),
    );
  });
});
