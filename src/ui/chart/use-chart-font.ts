import { useLayoutEffect, useState, type RefObject } from 'react';
import { estimateWidth, type Measure } from './axis';

export interface ChartFont {
  /** Tick font size in px: the chart box's own, so it follows the kiosk type scale. */
  px: number;
  measure: Measure;
  /** The CSS font it was measured with (empty: estimated). */
  key: string;
}

const FALLBACK_PX = 13;

function fontOf(el: HTMLElement | null): ChartFont {
  const style = el ? getComputedStyle(el) : undefined;
  const px = style ? parseFloat(style.fontSize) || FALLBACK_PX : FALLBACK_PX;
  const ctx =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx || !style) return { px, measure: (s) => estimateWidth(s, px), key: '' };
  const key = `${style.fontWeight} ${px}px ${style.fontFamily}`;
  ctx.font = key;
  return { px, measure: (s) => ctx.measureText(s).width, key };
}

/**
 * The font a chart's ticks are drawn in, read from its box after layout (the kiosk scales
 * type with the screen). Read again when the window is resized.
 */
export function useChartFont(ref: RefObject<HTMLElement | null>): ChartFont {
  const [font, setFont] = useState<ChartFont>(() => fontOf(null));
  useLayoutEffect(() => {
    const read = () => {
      const next = fontOf(ref.current);
      setFont((prev) => (prev.key === next.key ? prev : next));
    };
    read();
    window.addEventListener('resize', read);
    return () => window.removeEventListener('resize', read);
  }, [ref]);
  return font;
}
