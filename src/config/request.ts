/**
 * The deployment's config.json, asked for past the browser's cache so that an operator's edit
 * shows on the next load. The one request for it: the entry (main.tsx) sends it before
 * anything else loads, and loadConfig reads it.
 */
export const CONFIG_URL = 'config.json';

export const requestConfig = (url = CONFIG_URL, fetchImpl: typeof fetch = fetch) =>
  fetchImpl(url, { cache: 'no-store' });
