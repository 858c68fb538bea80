/**
 * The markers-visible probe, installed before any page script (Playwright's addInitScript), so
 * it measures any page the same way: it wraps WebGL2's instanced draw calls and notes the first
 * draw of at least `minInstances` instances into the screen (the default framebuffer, not a
 * picking buffer), then the start of the next frame: markers visible. It also keeps every long
 * task from the start, and the time of each network request the page or its workers make is
 * read by the bench from the browser, not here. Given `noteAt` (a selector and an attribute),
 * it also keeps that attribute's value as the markers were drawn: what the page had committed
 * by then (the dashboard's map area lists the place names it handed to the map).
 *
 * The function is serialised into the page: it must not close over anything.
 */
export interface VisibleProbe {
  /** performance.now() of the first qualifying instanced draw, or null. */
  drawAt: number | null;
  /** performance.now() of the frame after it: markers on screen. */
  visibleAt: number | null;
  /** Instances in that draw. */
  instances: number;
  /** Long tasks so far: [start, duration] in ms. */
  long: Array<[number, number]>;
  /** Frames drawn into the screen before the markers' (clears of the default framebuffer). */
  framesBefore: number;
  /** The `noteAt` attribute's value at that draw (null when absent or not asked for). */
  noted: string | null;
}

export function installVisibleProbe(
  minInstances: number,
  noteAt: readonly [selector: string, attribute: string] | null = null,
): void {
  const w = window as unknown as { __visible: VisibleProbe };
  const probe: VisibleProbe = {
    drawAt: null,
    visibleAt: null,
    instances: 0,
    long: [],
    framesBefore: 0,
    noted: null,
  };
  w.__visible = probe;
  const proto = WebGL2RenderingContext.prototype;
  const note = (gl: WebGL2RenderingContext, instances: number) => {
    if (probe.drawAt !== null || instances < minInstances) return;
    if (gl.getParameter(gl.FRAMEBUFFER_BINDING) !== null) return;
    probe.drawAt = performance.now();
    probe.instances = instances;
    if (noteAt) probe.noted = document.querySelector(noteAt[0])?.getAttribute(noteAt[1]) ?? null;
    requestAnimationFrame(() => {
      probe.visibleAt = performance.now();
    });
  };
  const clear = proto.clear;
  proto.clear = function (mask) {
    clear.call(this, mask);
    if (probe.drawAt === null && this.getParameter(this.FRAMEBUFFER_BINDING) === null)
      probe.framesBefore++;
  };
  const arrays = proto.drawArraysInstanced;
  proto.drawArraysInstanced = function (mode, first, count, instances) {
    arrays.call(this, mode, first, count, instances);
    note(this, instances);
  };
  const elements = proto.drawElementsInstanced;
  proto.drawElementsInstanced = function (mode, count, type, offset, instances) {
    elements.call(this, mode, count, type, offset, instances);
    note(this, instances);
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.long.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the figure reads as none.
  }
}

/**
 * The probe as an init script's source. tsx (esbuild with keepNames) wraps inner functions in
 * `__name(…)`, which the page does not have: a local identity stands in for it.
 */
export const visibleProbeScript = (
  minInstances: number,
  noteAt: readonly [selector: string, attribute: string] | null = null,
): string =>
  `(() => { const __name = (f) => f; (${installVisibleProbe.toString()})(${minInstances}, ${JSON.stringify(noteAt)}); })();`;
