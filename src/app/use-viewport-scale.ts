import { useEffect, useState } from 'react';

/** Marker and label scale: 1 up to 1920 px wide, growing with the screen (2 on a 4K wall). */
export function useViewportScale(): number {
  const read = () => Math.max(1, Math.min(3, window.innerWidth / 1920));
  const [scale, setScale] = useState(read);
  useEffect(() => {
    const onResize = () => setScale(read());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return scale;
}
