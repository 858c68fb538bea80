/**
 * An object made on first use: `value` stands in for it (every property read builds it once
 * and reads the real one, methods bound to it), `force()` builds it now. Lets the browser mock
 * register its service worker while the broker is still being built.
 */
export function lazyObject<T extends object>(make: () => T): { value: T; force(): T } {
  let made: T | undefined;
  const force = () => (made ??= make());
  const value = new Proxy({} as T, {
    get(_target, key) {
      const real = force();
      const v: unknown = Reflect.get(real, key, real);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(real) : v;
    },
    set: (_target, key, v) => Reflect.set(force(), key, v),
    has: (_target, key) => Reflect.has(force(), key),
  });
  return { value, force };
}
