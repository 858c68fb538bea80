import { z } from 'zod';

/** The Action API's envelope: `{ success, result }` or `{ success: false, error }`. */
export const envelopeSchema = z.object({
  success: z.boolean(),
  result: z.unknown().optional(),
  error: z
    .object({ __type: z.string().optional(), message: z.unknown().optional() })
    .passthrough()
    .optional(),
});

const count = z.number().int().min(0);

export const facetItemSchema = z.object({
  name: z.string(),
  display_name: z.string().optional(),
  count,
});

/** `package_search`'s result: the datasets' count, this page of them, and the facets asked for. */
export const searchResultSchema = z.object({
  count,
  results: z.array(z.unknown()),
  search_facets: z
    .record(z.string(), z.object({ items: z.array(facetItemSchema) }).passthrough())
    .optional(),
});

/** One listed dataset as the `fl` field list asks for it; only `name` is required. */
export const listedDatasetSchema = z.object({
  name: z.string().min(1),
  title: z.string().optional(),
  metadata_modified: z.string().optional(),
  metadata_created: z.string().optional(),
  num_resources: count.optional(),
  res_format: z.array(z.string()).optional(),
  organization: z.union([z.string(), z.object({ name: z.string() }).passthrough()]).optional(),
});

export const organizationListSchema = z.array(
  z.union([z.string(), z.object({ name: z.string() }).passthrough()]),
);
