import { z } from 'zod';
import type { FlattenResult } from './flat-types';
import { isRecord } from './record';

const head = z.object({
  id: z.string().min(1),
  type: z.union([z.string().min(1), z.tuple([z.string().min(1)]).rest(z.string().min(1))]),
});

export type Head =
  | { ok: true; id: string; types: [string, ...string[]]; members: Record<string, unknown> }
  | Extract<FlattenResult, { ok: false }>;

/**
 * Id and type(s) of an entity. Reasons are a small fixed set so the skipped-entity report
 * can group by them; they never quote payload content.
 */
export function readHead(raw: unknown): Head {
  if (!isRecord(raw)) return { ok: false, reason: 'entity is not a JSON object' };
  const pick = (key: string, alias: string) => (Object.hasOwn(raw, key) ? raw[key] : raw[alias]);
  const parsed = head.safeParse({ id: pick('id', '@id'), type: pick('type', '@type') });
  if (parsed.success) {
    const { id, type } = parsed.data;
    return { ok: true, id, types: typeof type === 'string' ? [type] : type, members: raw };
  }
  const badId = parsed.error.issues.some((issue) => issue.path[0] === 'id');
  return { ok: false, reason: badId ? 'missing or invalid id' : 'missing or invalid type' };
}

// Entity-level members that are not attributes: identity, JSON-LD keywords, system times.
const NOT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'id',
  'type',
  'scope',
  'createdAt',
  'modifiedAt',
  'deletedAt',
]);

export function isAttributeName(key: string): boolean {
  return !NOT_ATTRIBUTES.has(key) && !key.startsWith('@');
}
