import type { NgsiSettings } from './settings';
import { DEFAULT_SERVICE_PATH } from '../v2/dialect';

const JSON_LD_CONTEXT_REL = 'http://www.w3.org/ns/json-ld#context';
// RFC 9110 token and field-value rules, checked up front so a bad config fails with our own
// message instead of a fetch TypeError that may quote the (secret) header value.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const CONTEXT_URL = /^[^\s<>"]+$/;

export type HeaderBuild =
  { ok: true; headers: Record<string, string> } | { ok: false; problem: string };

/** The headers every request carries (contract §1), or why the configuration cannot produce them. */
export function buildHeaders(settings: NgsiSettings): HeaderBuild {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const v2 = settings.dialect === 'ngsi-v2';
  const context = v2 ? '' : settings.contextUrl.trim();
  if (context !== '') {
    if (!CONTEXT_URL.test(context)) return { ok: false, problem: 'contextUrl is not a usable URL' };
    headers['Link'] = `<${context}>; rel="${JSON_LD_CONTEXT_REL}"; type="application/ld+json"`;
  }
  const tenant = settings.tenant?.trim();
  if (tenant !== undefined && tenant !== '') {
    if (!FIELD_VALUE.test(tenant))
      return { ok: false, problem: 'tenant is not a valid header value' };
    // Orion keeps tenants in lower case.
    if (v2) headers['Fiware-Service'] = tenant.toLowerCase();
    else headers['NGSILD-Tenant'] = tenant;
  }
  if (v2) {
    const path = settings.servicePath?.trim() || DEFAULT_SERVICE_PATH;
    if (!FIELD_VALUE.test(path))
      return { ok: false, problem: 'servicePath is not a valid header value' };
    headers['Fiware-ServicePath'] = path;
  }
  const auth = settings.authHeader;
  if (auth !== undefined) {
    // Deliberately no value in the message: it is a credential.
    if (!TOKEN.test(auth.name) || !FIELD_VALUE.test(auth.value)) {
      return { ok: false, problem: 'authHeader is not a valid HTTP header name/value' };
    }
    headers[auth.name] = auth.value;
  }
  return { ok: true, headers };
}
