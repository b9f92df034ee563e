/**
 * Parsed results kept between writes. Sound only because this process is the
 * database file's one writer (the store opens it with EXCLUSIVE locking) and every
 * write path invalidates what it touches. Values are frozen so no caller can
 * change a cached record by accident.
 */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export class ReadCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly maxEntries = 2000) {}

  get(key: string, load: () => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const value = deepFreeze(load());
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }

  invalidate(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
