import { urlStateOf, type AppStore } from './store';
import { formatUrlState } from './url';

/**
 * Mirrors the store into the address bar (replaceState: no history entry per click). During
 * tourism playback the cursor moves several times a second: the URL catches up when playback
 * pauses (setPlaying(false) is itself a store change), not on every step.
 */
export function mirrorStoreToUrl(store: AppStore, win: Window = window): () => void {
  let last = win.location.search;
  return store.subscribe((state) => {
    if (state.playing) return;
    const next = formatUrlState(urlStateOf(state), win.location.search);
    if (next === last) return;
    last = next;
    win.history.replaceState(
      win.history.state,
      '',
      `${win.location.pathname}${next}${win.location.hash}`,
    );
  });
}
