/**
 * The page starts the mock's worker with one message; afterwards the worker answers fetch
 * asks (src/api/worker/protocol.ts) on its own channel (the page's requests) and on the port
 * handed over here (the feed worker's).
 */
export interface MockWorkerOptions {
  /** `baseline` (the masters only), or a drill: `typhoon`, `typhoon-vacan`. */
  scenario?: string;
  /** Drill: storm minutes per real minute (the config's drillSpeed; default 60). */
  speed?: number;
  /** The @context the app sends; the mock answers [] to any other, like a real broker. */
  contextUrl?: string;
  /** Seed this tenant too, when the config sends NGSILD-Tenant (the drill then writes there). */
  tenant?: string;
}

export interface StartMockWorker {
  kind: 'start';
  options: MockWorkerOptions;
  /** The feed worker's channel to the mock. */
  feedPort: MessagePort;
}
