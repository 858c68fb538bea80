import type { CDPSession, Page } from 'playwright-core';

/**
 * Installed before the app's scripts: counts the WebGL contexts the page creates and how many
 * are alive (not lost, canvas still in the document). Weak references only, so the probe
 * itself keeps nothing alive.
 */
export const WEBGL_PROBE = `(() => {
  const refs = [];
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const ctx = original.call(this, type, ...rest);
    if (ctx && (type === 'webgl' || type === 'webgl2') && !refs.some((r) => r.deref() === ctx))
      refs.push(new WeakRef(ctx));
    return ctx;
  };
  Object.defineProperty(window, '__soakWebgl', {
    value: () => {
      let alive = 0;
      for (const r of refs) {
        const c = r.deref();
        if (c && !c.isContextLost() && c.canvas.isConnected) alive += 1;
      }
      return { created: refs.length, alive };
    },
  });
})();`;

export interface Sample {
  /** ms since the soak started. */
  t: number;
  /** JS heap in use after a forced full GC, MB. */
  heapMb: number;
  domNodes: number;
  listeners: number;
  documents: number;
  webglCreated: number;
  webglAlive: number;
  /** Requests to the API since the previous sample. */
  apiRequests: number;
  /** The shelter feed's freshness badge state on screen. */
  freshness: string;
}

interface DomCounters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
}

/** One sample through the DevTools protocol: GC first, so the heap figure is what is retained. */
export async function sample(
  cdp: CDPSession,
  page: Page,
  t: number,
  apiRequests: number,
): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const dom = (await cdp.send('Memory.getDOMCounters')) as DomCounters;
  const webgl = await page.evaluate(() =>
    (window as unknown as { __soakWebgl: () => { created: number; alive: number } }).__soakWebgl(),
  );
  const freshness =
    (await page.getAttribute('[data-testid="freshness"][data-state]', 'data-state')) ?? 'none';
  return {
    t,
    heapMb: heap.usedSize / 2 ** 20,
    domNodes: dom.nodes,
    listeners: dom.jsEventListeners,
    documents: dom.documents,
    webglCreated: webgl.created,
    webglAlive: webgl.alive,
    apiRequests,
    freshness,
  };
}
