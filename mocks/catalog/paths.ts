/**
 * `…/api/3/action/{name}` (or CKAN's unversioned `…/api/action/{name}`) on any origin and
 * under any prefix, so the same handlers serve `./ckan` in the page and `/ckan` on the HTTP
 * mock server. msw matches the URL without its query.
 */
export const ACTION_PATH = /^(.*?)\/api\/(?:3\/)?action\/([^/]+)\/?$/;
