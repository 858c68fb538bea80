/**
 * msw's core builds a cookie store on import and requires `localStorage`, which a worker does
 * not have (only windows do). The mock's worker sends and keeps no cookies, so an in-memory
 * Storage that lives as long as the worker is enough. Imported first by the worker, so it is
 * in place before msw is evaluated; a scope that has a real one keeps it.
 */
class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }
}

export function ensureLocalStorage(scope: { localStorage?: Storage }): void {
  if (typeof scope.localStorage === 'undefined') scope.localStorage = new MemoryStorage();
}

ensureLocalStorage(globalThis as { localStorage?: Storage });
