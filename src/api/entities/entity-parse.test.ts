import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { reasonOf } from './entity-parse';
import { decodeNote } from './notes';

const schema = z.object({
  name: z.string(),
  count: z.number(),
  list: z.array(z.string()).optional(),
});

describe('reasonOf', () => {
  it.each<[string, unknown, string, string]>([
    ['an absent attribute', { count: 1 }, 'name: missing', 'missing'],
    ['a number where text belongs', { name: 123, count: 1 }, 'name:', 'notString'],
    ['text where a number belongs', { name: 'a', count: '1' }, 'count:', 'notNumber'],
    ['null where a number belongs', { name: 'a', count: null }, 'count:', 'notNumber'],
    ['a wrong item in a list', { name: 'a', count: 1, list: ['x', 2] }, 'list.1:', 'notString'],
  ])('%s', (_label, input, start, issue) => {
    const r = schema.safeParse(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    const reason = reasonOf(r.error, input);
    expect(reason.startsWith(start)).toBe(true);
    expect(decodeNote(reason)?.issue).toBe(issue);
  });
});
