import { useEffect, useState } from 'react';

type QrFactory = typeof import('qrcode-generator');

/**
 * A QR code as SVG path data (no markup strings): one square per dark module, a quiet zone of
 * four modules as the standard asks. Error correction M survives a crease in the paper.
 */
export function qrPath(qrcode: QrFactory, text: string): { size: number; d: string } {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  const quiet = 4;
  const parts: string[] = [];
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++)
      if (qr.isDark(r, c)) parts.push(`M${c + quiet} ${r + quiet}h1v1h-1z`);
  return { size: n + 2 * quiet, d: parts.join('') };
}

// The encoder loads with the first code drawn (the briefing), never before the first map.
let encoder: Promise<QrFactory> | undefined;
const loadEncoder = () => (encoder ??= import('qrcode-generator').then((m) => m.default));

/** The QR code; an empty square of the same size for the moment its encoder loads. */
export function Qr({ text, label, px = 132 }: { text: string; label: string; px?: number }) {
  const [drawn, setDrawn] = useState<{ text: string; size: number; d: string } | null>(null);
  useEffect(() => {
    let live = true;
    void loadEncoder().then((qrcode) => {
      if (live) setDrawn({ text, ...qrPath(qrcode, text) });
    });
    return () => {
      live = false;
    };
  }, [text]);
  const code = drawn?.text === text ? drawn : null;
  const size = code?.size ?? 1;
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      aria-busy={code === null}
      width={px}
      height={px}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      data-testid="brief-qr"
      data-ready={code === null ? undefined : '1'}
    >
      <rect width={size} height={size} fill="#fff" />
      {code && <path d={code.d} fill="#000" />}
    </svg>
  );
}
