/// <reference lib="webworker" />
// First: msw needs it at import (see the module).
import './memory-storage';
import { createEmbeddedMock } from './embedded';
import type { StartMockWorker } from './protocol';
import { answerAsks } from './serve';

/**
 * The embedded mock's own thread: the broker (about 3,300 fixture entities), the drill's
 * ticks and every answer are built here, not on the page's main thread, which draws the map
 * meanwhile. The feed worker asks it directly on a port; the page's own requests come through
 * the service worker and the page (mocks/browser.ts).
 */
// TypeScript cannot load the DOM and WebWorker libraries into one program; this file runs
// only as a dedicated worker, so its global scope is that.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<StartMockWorker>) => {
  const { options, feedPort } = event.data;
  const mock = createEmbeddedMock(options);
  answerAsks(scope, mock.handlers);
  answerAsks(feedPort, mock.handlers);
};
