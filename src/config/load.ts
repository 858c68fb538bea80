import type { core } from '../domain/zod';
import { configSchema, type AppConfig } from './schema';
import { CONFIG_URL, requestConfig } from './request';

export interface ConfigIssue {
  /** Dotted path of the field, e.g. "pollSeconds.shelters"; "" for the whole file. */
  field: string;
  message: string;
}

export type ConfigResult =
  | { ok: true; config: AppConfig }
  | {
      ok: false;
      source: string;
      reason: 'unreachable' | 'not-json' | 'invalid';
      issues: ConfigIssue[];
    };

function issuesOf(error: core.$ZodError): ConfigIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return { field, message: `unknown field(s): ${issue.keys.join(', ')}` };
    }
    // A record's key that fails its own schema (platformCadence's type names): zod nests the
    // key's issue, whose message says what was expected; the outer one only says "invalid key".
    if (issue.code === 'invalid_key') {
      return { field, message: issue.issues[0]?.message ?? issue.message };
    }
    return { field, message: issue.message };
  });
}

/** Validates an already-parsed config object. Pure: used by the loader and by tests. */
export function parseConfig(raw: unknown, source = 'config.json'): ConfigResult {
  const result = configSchema.safeParse(raw);
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, source, reason: 'invalid', issues: issuesOf(result.error) };
}

/** Fetches config.json next to the page (never cached: operators edit it in place). */
export async function loadConfig(
  url = CONFIG_URL,
  fetchImpl: typeof fetch = fetch,
): Promise<ConfigResult> {
  let text: string;
  try {
    const res = await requestConfig(url, fetchImpl);
    if (!res.ok) {
      return {
        ok: false,
        source: url,
        reason: 'unreachable',
        issues: [{ field: '', message: `HTTP ${res.status}` }],
      };
    }
    text = await res.text();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, source: url, reason: 'unreachable', issues: [{ field: '', message }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : 'not JSON';
    return { ok: false, source: url, reason: 'not-json', issues: [{ field: '', message }] };
  }
  return parseConfig(raw, url);
}
