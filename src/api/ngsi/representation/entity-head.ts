import * as z from '../../../domain/zod';
import type { FlattenResult } from './flat-types';
import { isRecord, UNSAFE_KEYS } from './record';

const head = z.object({
  id: z.string().check(z.minLength(1)),
  type: z.union([
    z.string().check(z.minLength(1)),
    z.tuple([z.string().check(z.minLength(1))], z.string().check(z.minLength(1))),
  ]),
});

export type Head =
  | { ok: true; id: string; types: [string, ...string[]]; members: Record<string, unknown> }
  | Extract<FlattenResult, { ok: false }>;

const pick = (raw: Record<string, unknown>, key: string, alias: string): unknown =>
  Object.hasOwn(raw, key) ? raw[key] : raw[alias];

/**
 * Id and type(s) of an entity. Reasons are a small fixed set so the skipped-entity report
 * can group by them; they never quote payload content.
 */
export function readHead(raw: unknown): Head {
  if (!isRecord(raw)) return { ok: false, reason: 'entity is not a JSON object' };
  const id = pick(raw, 'id', '@id');
  const type = pick(raw, 'type', '@type');
  // The common case without zod: this runs once per entity of every poll.
  if (typeof id === 'string' && id !== '' && typeof type === 'string' && type !== '') {
    return { ok: true, id, types: [type], members: raw };
  }
  const parsed = head.safeParse({ id, type });
  if (parsed.success) {
    const types = parsed.data.type;
    return {
      ok: true,
      id: parsed.data.id,
      types: typeof types === 'string' ? [types] : types,
      members: raw,
    };
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

// The same names, and those that could reach a prototype (record.ts, `isSafeKey`).
const NOT_READ: ReadonlySet<string> = new Set([...NOT_ATTRIBUTES, ...UNSAFE_KEYS]);

/** `isAttributeName(key) && isSafeKey(key)` in one look-up: a member read as an attribute. */
export function isReadMember(key: string): boolean {
  return !NOT_READ.has(key) && !key.startsWith('@');
}
