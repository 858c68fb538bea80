/**
 * A small ordered set of members as bits (bit i is `order[i]`) and back. The way back gives one
 * frozen array per combination, shared: a nationwide master has 130,000 facilities but only a
 * handful of role sets and a few dozen hazard sets, so the page holds one array for each.
 */
export function bitSet<T>(order: readonly T[]) {
  const bit = new Map(order.map((member, i) => [member, 1 << i]));
  const made = new Map<number, readonly T[]>();
  return {
    bits(members: Iterable<T>): number {
      let bits = 0;
      for (const m of members) bits |= bit.get(m) ?? 0;
      return bits;
    },
    members(bits: number): readonly T[] {
      let list = made.get(bits);
      if (list === undefined) {
        list = Object.freeze(order.filter((_, i) => (bits & (1 << i)) !== 0));
        made.set(bits, list);
      }
      return list;
    },
  };
}
