/** How the handlers wrap the broker; the broker itself holds data, quirks and faults. */
export interface HandlerOptions {
  /** Added to every answer, to make loading states visible in the browser. */
  latencyMs?: number;
  /** Called with every request the handlers answer (tests count requests with it). */
  onRequest?: (request: Request) => void;
  /**
   * A gated platform: the answer to a request whose credentials are refused (a 401), or
   * undefined to serve it. Checked before anything else, faults included.
   */
  authorize?: (request: Request) => Promise<Response | undefined>;
}
