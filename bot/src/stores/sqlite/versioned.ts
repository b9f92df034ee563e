import type Database from 'better-sqlite3';
import { VersionConflictError } from '../../domain/storage';
import type { Row } from './rows';

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** Prepares each SQL text once per database: preparing costs more than running a small query. */
export function prepared(db: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/** INSERT built from the parameter names, so columns and values cannot drift apart. */
export function insertSql(table: string, params: Row): string {
  const columns = Object.keys(params);
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
}

/**
 * Rows of a table as records. A plain function, not a method: every method of a
 * repository is wrapped to report SQLite I/O failures and so becomes async.
 */
export function select<T>(db: Database.Database, sql: string, from: (row: Row) => T, ...values: unknown[]): T[] {
  return (prepared(db, sql).all(...values) as Row[]).map(from);
}

/**
 * INSERT … ON CONFLICT DO NOTHING: of two writers of the same key, exactly one adds
 * the row, whichever process it runs in. True when this call added it.
 */
export function insertIfAbsent(db: Database.Database, table: string, conflict: string, params: Row): boolean {
  return prepared(db, `${insertSql(table, params)} ON CONFLICT (${conflict}) DO NOTHING`).run(params).changes === 1;
}

/**
 * UPDATE … WHERE version = expected: the SQL twin of SharePoint's If-Match. A
 * missing row is a conflict too, since someone else removed it after we read it.
 */
export function updateVersioned(db: Database.Database, table: string, key: string, params: Row, expected: string, entity: string): number {
  const columns = Object.keys(params).filter((c) => c !== key);
  const sql = `UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')}, version = version + 1 WHERE ${key} = @${key} AND version = @expected_version`;
  const result = prepared(db, sql).run({ ...params, expected_version: Number(expected) });
  if (result.changes !== 1) throw new VersionConflictError(entity, String(params[key]));
  return Number(expected) + 1;
}
