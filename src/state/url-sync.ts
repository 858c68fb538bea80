import { urlStateOf, type AppStore } from './store';
import { formatUrlState } from './url';

/** Mirrors the store into the address bar (replaceState: no history entry per click). */
export function mirrorStoreToUrl(store: AppStore, win: Window = window): () => void {
  let last = win.location.search;
  return store.subscribe((state) => {
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
