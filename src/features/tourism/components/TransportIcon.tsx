/**
 * The app's own transport icons (16×16, drawn in the text colour, so they print in black on
 * any printer and need no emoji font), each with its mode's name for screen readers and as a
 * tooltip. Shapes: a ferry on a wave, an aeroplane seen from above, a car, a train front.
 */
import type { TransportMode } from '../model/flows';

const PATHS: Record<TransportMode, readonly string[]> = {
  ferry: [
    'M6 2.5h2.5V5H11v3.2H5V5h1z',
    'M1.5 8.8h13l-2.2 3.4H3.7z',
    'M1 14.2c1.2 0 1.2-.8 2.3-.8s1.2.8 2.3.8 1.2-.8 2.4-.8 1.2.8 2.3.8 1.2-.8 2.3-.8 1.2.8 2.4.8',
  ],
  air: [
    'M8 1c.7 0 1.1.6 1.1 1.4V6l5.4 3.2v1.5L9.1 9.2v3l1.6 1.2V15L8 14.2 5.3 15v-1.6l1.6-1.2v-3L1.5 10.7V9.2L6.9 6V2.4C6.9 1.6 7.3 1 8 1z',
  ],
  road: [
    'M3.2 7.2 4.6 3.6c.2-.5.6-.8 1.1-.8h4.6c.5 0 .9.3 1.1.8l1.4 3.6c.7.2 1.2.8 1.2 1.6v3.4h-1.6v1.4h-2v-1.4H5.6v1.4h-2v-1.4H2V8.8c0-.8.5-1.4 1.2-1.6zm1.5-.2h6.6l-1-2.6H5.7z',
  ],
  rail: [
    'M4.5 1.5h7c1.1 0 2 .9 2 2v7.3c0 1-.8 1.8-1.8 1.8H4.3c-1 0-1.8-.8-1.8-1.8V3.5c0-1.1.9-2 2-2zM4.2 4v3.3h7.6V4zm1 5.2a1 1 0 1 0 0 2 1 1 0 0 0 0-2zm5.6 0a1 1 0 1 0 0 2 1 1 0 0 0 0-2z',
    'M4.8 12.6h1.8L5.2 15H3.4zm4.6 0h1.8l1.4 2.4h-1.8z',
  ],
};

export const TRANSPORT_ICON_MODES = Object.keys(PATHS) as TransportMode[];

export function TransportIcon({ mode, label }: { mode: TransportMode; label: string }) {
  return (
    <svg
      className={`transport-icon mode-${mode}`}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      role="img"
      aria-label={label}
      data-mode={mode}
    >
      <title>{label}</title>
      {PATHS[mode].map((d, i) =>
        mode === 'ferry' && i === 2 ? (
          <path key={i} d={d} fill="none" stroke="currentColor" strokeWidth="1.2" />
        ) : (
          <path key={i} d={d} fill="currentColor" fillRule="evenodd" />
        ),
      )}
    </svg>
  );
}
