import { z } from 'zod';

// GET /types answers an EntityTypeList `{typeList: [...]}`; with details (and on some older
// brokers by default) an array of EntityType objects. `typeName` is the short name, `id` the IRI.
const entityTypeList = z.object({ typeList: z.array(z.string()) });
const entityTypeItem = z.union([
  z.string(),
  z.object({ typeName: z.string() }),
  z.object({ id: z.string() }),
]);
const entityTypeArray = z.array(entityTypeItem);

/** Type names from a /types body, de-duplicated in order; undefined when the shape is unknown. */
export function parseTypeNames(body: unknown): string[] | undefined {
  const list = entityTypeList.safeParse(body);
  if (list.success) return [...new Set(list.data.typeList)];
  const items = entityTypeArray.safeParse(body);
  if (!items.success) return undefined;
  const names = items.data.map((item) =>
    typeof item === 'string' ? item : 'typeName' in item ? item.typeName : item.id,
  );
  return [...new Set(names)];
}
