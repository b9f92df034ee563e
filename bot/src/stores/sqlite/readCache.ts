import type Database from 'better-sqlite3';

/**
 * Parsed results kept between writes. Other processes may write to the same file
 * (a second server, the one-pass reminders command), so every read first asks
 * SQLite whether another connection committed since the last look (PRAGMA
 * data_version, a few microseconds) and starts afresh when one did; this
 * connection's own writes invalidate precisely what they touch. Values are frozen
 * so no caller can change a cached record by accident.
 * https://www.sqlite.org/pragma.html#pragma_data_version
 */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * One per connection: notices other connections' commits and clears every cache
 * registered with it. It looks once per turn of the event loop: the reads of one
 * request see the database as it was at one moment, and a look (a read transaction
 * of its own now that the file is shared) is not repeated for each of them.
 */
export class CommitWatch {
  private readonly dataVersion: Database.Statement;
  private seen: unknown;
  private looked = false;
  private readonly caches: { clear(): void }[] = [];

  constructor(db: Database.Database) {
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
    this.seen = this.dataVersion.get();
  }

  register(cache: { clear(): void }): void {
    this.caches.push(cache);
  }

  check(): void {
    if (this.looked) return;
    this.looked = true;
    setImmediate(() => (this.looked = false));
    const current = this.dataVersion.get();
    if (current === this.seen) return;
    this.seen = current;
    for (const cache of this.caches) cache.clear();
  }
}

export class ReadCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(
    private readonly watch: CommitWatch,
    private readonly maxEntries = 2000,
  ) {
    watch.register(this);
  }

  get(key: string, load: () => V): V {
    this.watch.check();
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
