// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { mirrorStoreToUrl } from './url-sync';
import { DEFAULT_URL_STATE } from './url';

describe('mirrorStoreToUrl', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    window.history.replaceState(null, '', '/');
  });

  it('writes UI state to the URL, holding cursor steps while playback runs', () => {
    const store = createAppStore(DEFAULT_URL_STATE);
    stop = mirrorStoreToUrl(store, window);
    store.getState().setScreen('tourism');
    expect(window.location.search).toBe('?screen=tourism');
    store.getState().setPlaying(true);
    store.getState().setTourism({ cursor: Date.parse('2026-08-01T13:00:00+09:00') });
    store.getState().setTourism({ cursor: Date.parse('2026-08-01T14:00:00+09:00') });
    expect(window.location.search).toBe('?screen=tourism');
    store.getState().setPlaying(false);
    expect(window.location.search).toBe('?screen=tourism&t=2026-08-01T14');
  });
});
