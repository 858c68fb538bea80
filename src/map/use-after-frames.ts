import { useEffect, useState } from 'react';

/**
 * True from `frames` animation frames after `ready` first turned true, and from then on. For
 * what may follow the picture by a frame or two: a layer whose first draw is costly in
 * software (its shaders, its font atlas) then does not hold back the frame the room waits for.
 */
export function useAfterFrames(ready: boolean, frames = 2): boolean {
  const [due, setDue] = useState(false);
  useEffect(() => {
    if (!ready || due) return;
    let left = frames;
    let id = 0;
    const tick = () => {
      left -= 1;
      if (left <= 0) setDue(true);
      else id = requestAnimationFrame(tick);
    };
    id = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(id);
  }, [ready, due, frames]);
  return due;
}
