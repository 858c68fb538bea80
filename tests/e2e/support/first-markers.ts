import type { Page } from 'playwright-core';

/** What the page showed when the facility markers were first drawn into the screen. */
export interface FirstMarkersFrame {
  instances: number;
  /** The map area's `data-labels` then: the place names handed to the map (a JSON list). */
  labels: string | null;
}

/**
 * Installed before any page script: notes, at the first instanced draw of at least
 * `minInstances` into the screen (not a picking buffer), which place names the page had
 * handed to the map by then. The names and layers are committed together, so a name in the
 * list then may have been drawn in that frame; an empty list means none was.
 */
export function noteFirstMarkersFrame(minInstances: number): void {
  const w = window as unknown as { __firstMarkers?: FirstMarkersFrame };
  const proto = WebGL2RenderingContext.prototype;
  const wrap = (name: 'drawArraysInstanced' | 'drawElementsInstanced', countAt: number) => {
    const original = proto[name] as (...args: unknown[]) => void;
    (proto as unknown as Record<string, unknown>)[name] = function (
      this: WebGL2RenderingContext,
      ...args: unknown[]
    ) {
      const instances = Number(args[countAt]);
      if (
        !w.__firstMarkers &&
        instances >= minInstances &&
        this.getParameter(this.FRAMEBUFFER_BINDING) === null
      ) {
        const area = document.querySelector('.map-area');
        w.__firstMarkers = { instances, labels: area?.getAttribute('data-labels') ?? null };
      }
      original.apply(this, args);
    };
  };
  wrap('drawArraysInstanced', 3);
  wrap('drawElementsInstanced', 4);
}

export async function firstMarkersFrame(page: Page): Promise<FirstMarkersFrame | undefined> {
  return page.evaluate(
    () => (window as unknown as { __firstMarkers?: FirstMarkersFrame }).__firstMarkers,
  );
}
