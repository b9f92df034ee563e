import { Database } from './driver';
import { StoreUnavailableError } from '../../domain/storage';

/**
 * SQLite result codes that say the database cannot be read or written right now (a
 * full disk, a lock held too long, an I/O error, a read-only file), not that the
 * request was wrong. The user is told it could not be saved just now and keeps what
 * they typed, exactly as when Graph is down. Extended codes (SQLITE_IOERR_WRITE,
 * SQLITE_READONLY_DBMOVED, …) share their primary code's prefix.
 * https://www.sqlite.org/rescode.html
 */
const UNAVAILABLE = /^SQLITE_(?:FULL|BUSY|LOCKED|IOERR|READONLY|CANTOPEN|NOMEM|PROTOCOL)(?:_|$)/;

/**
 * Recognised by its name and code rather than `instanceof`: the native addon keeps the
 * SqliteError class of the first copy of better-sqlite3 that loaded it, and a process
 * may hold more than one, each in its own realm (jest runs every test file so).
 */
function sqliteCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === Database.SqliteError.name && typeof code === 'string' ? code : undefined;
}

export function asStoreFailure(error: unknown): unknown {
  const code = sqliteCode(error);
  if (code && UNAVAILABLE.test(code)) return new StoreUnavailableError(`SQLite could not be used: ${code}`, error);
  return error;
}

/** The repository with every method's SQLite I/O failures turned into StoreUnavailableError. */
export function unavailableOnIoFailure<T extends object>(repository: T): T {
  const prototype = Object.getPrototypeOf(repository) as object;
  for (const name of Object.getOwnPropertyNames(prototype)) {
    const method = (repository as Record<string, unknown>)[name];
    if (name === 'constructor' || typeof method !== 'function') continue;
    Object.defineProperty(repository, name, {
      value: async (...args: unknown[]) => {
        try {
          return await (method as (...a: unknown[]) => unknown).apply(repository, args);
        } catch (error) {
          throw asStoreFailure(error);
        }
      },
    });
  }
  return repository;
}
