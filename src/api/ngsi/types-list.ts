import * as z from '../../domain/zod';

// GET /types answers an EntityTypeList `{typeList: [...]}`; with details (and on some older
// brokers by default) an array of EntityType objects. `typeName` is the short name, `id` the IRI.
const entityTypeList = z.object({ typeList: z.array(z.string()) });
const attributeNames = z.catch(z.optional(z.array(z.string())), undefined);
const entityTypeItem = z.union([
  z.string(),
  z.object({ typeName: z.string(), attributeNames }),
  z.object({ id: z.string(), attributeNames }),
]);
const entityTypeArray = z.array(entityTypeItem);

/** One entity type the broker holds. */
export interface TypeDetail {
  /** The short name (`typeName`), else the id. */
  name: string;
  /**
   * The attribute names an EntityType object listed (`details=true`); undefined when the
   * broker said nothing about attributes (an EntityTypeList, a bare name).
   */
  attributeNames?: string[];
}

/** Types from a /types body in order, one per name; undefined when the shape is unknown. */
export function parseTypeDetails(body: unknown): TypeDetail[] | undefined {
  const list = entityTypeList.safeParse(body);
  if (list.success) return [...new Set(list.data.typeList)].map((name) => ({ name }));
  const items = entityTypeArray.safeParse(body);
  if (!items.success) return undefined;
  const byName = new Map<string, TypeDetail>();
  for (const item of items.data) {
    const detail: TypeDetail =
      typeof item === 'string'
        ? { name: item }
        : {
            name: 'typeName' in item ? item.typeName : item.id,
            ...(item.attributeNames !== undefined && { attributeNames: item.attributeNames }),
          };
    const seen = byName.get(detail.name);
    // A name listed twice (e.g. under two contexts): keep every attribute either listed.
    if (seen?.attributeNames && detail.attributeNames)
      seen.attributeNames = [...new Set([...seen.attributeNames, ...detail.attributeNames])];
    else if (!seen || !seen.attributeNames) byName.set(detail.name, detail);
  }
  return [...byName.values()];
}

/** Type names from a /types body, de-duplicated in order; undefined when the shape is unknown. */
export function parseTypeNames(body: unknown): string[] | undefined {
  return parseTypeDetails(body)?.map((t) => t.name);
}
