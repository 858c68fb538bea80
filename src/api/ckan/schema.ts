import * as z from '../../domain/zod';

/** The Action API's envelope: `{ success, result }` or `{ success: false, error }`. */
export const envelopeSchema = z.object({
  success: z.boolean(),
  result: z.optional(z.unknown()),
  error: z.optional(
    z.looseObject({ __type: z.optional(z.string()), message: z.optional(z.unknown()) }),
  ),
});

const count = z.int().check(z.minimum(0));

export const facetItemSchema = z.object({
  name: z.string(),
  display_name: z.optional(z.string()),
  count,
});

/** `package_search`'s result: the datasets' count, this page of them, and the facets asked for. */
export const searchResultSchema = z.object({
  count,
  results: z.array(z.unknown()),
  search_facets: z.optional(
    z.record(z.string(), z.looseObject({ items: z.array(facetItemSchema) })),
  ),
});

/** One listed dataset as the `fl` field list asks for it; only `name` is required. */
export const listedDatasetSchema = z.object({
  name: z.string().check(z.minLength(1)),
  title: z.optional(z.string()),
  metadata_modified: z.optional(z.string()),
  metadata_created: z.optional(z.string()),
  num_resources: z.optional(count),
  res_format: z.optional(z.array(z.string())),
  organization: z.optional(z.union([z.string(), z.looseObject({ name: z.string() })])),
});

export const organizationListSchema = z.array(
  z.union([z.string(), z.looseObject({ name: z.string() })]),
);
