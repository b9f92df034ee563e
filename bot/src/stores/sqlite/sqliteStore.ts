import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Store } from '../../domain/storage';
import { DatabaseOpenError } from './openFailure';
import { migrate } from './schema';
import { SqliteConversations } from './conversations';
import { SqliteGroups, SqliteMembers } from './groupsAndMembers';
import { SqliteItems, SqliteMeetings } from './meetingsAndItems';
import { unavailableOnIoFailure } from './unavailable';

/**
 * The embedded store: one SQLite file, WAL so the tab's reads never wait for the
 * bot's writes, and EXCLUSIVE so no other process writes behind this one's read
 * cache. better-sqlite3 is synchronous and fast; the async surface is the
 * domain's, shared with the SharePoint store.
 */
export class SqliteStore implements Store {
  readonly groups: SqliteGroups;
  readonly members: SqliteMembers;
  readonly meetings: SqliteMeetings;
  readonly items: SqliteItems;
  readonly conversations: SqliteConversations;

  private constructor(private readonly db: Database.Database) {
    this.groups = unavailableOnIoFailure(new SqliteGroups(db));
    this.members = unavailableOnIoFailure(new SqliteMembers(db));
    this.meetings = unavailableOnIoFailure(new SqliteMeetings(db));
    this.items = unavailableOnIoFailure(new SqliteItems(db));
    this.conversations = unavailableOnIoFailure(new SqliteConversations(db));
  }

  static open(file: string): SqliteStore {
    try {
      return SqliteStore.openFile(file);
    } catch (error) {
      throw new DatabaseOpenError(file, error);
    }
  }

  private static openFile(file: string): SqliteStore {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    return SqliteStore.onDatabase(new Database(file));
  }

  /** The store on a connection opened by the caller (who may have set pragmas such as page_size first). */
  static onDatabase(db: Database.Database): SqliteStore {
    // One process owns the file: that is what lets the store keep parsed reads between writes.
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return new SqliteStore(db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
