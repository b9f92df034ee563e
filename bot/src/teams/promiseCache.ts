/**
 * Async results kept by key, at most `maxEntries` of them (the oldest goes first).
 * A result that fails is forgotten, so the next caller tries again.
 */
export class PromiseCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly maxEntries: number) {}

  get(key: string, create: () => Promise<T>): Promise<T> {
    let value = this.entries.get(key);
    if (!value) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      value = create();
      value.catch(() => this.entries.delete(key));
      this.entries.set(key, value);
    }
    return value;
  }
}
