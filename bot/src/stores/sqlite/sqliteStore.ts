import { Database } from './driver';
import fs from 'node:fs';
import path from 'node:path';
import type { Store } from '../../domain/storage';
import { DatabaseOpenError } from './openFailure';
import { migrate } from './schema';
import { SqliteArchiveIndex } from './archiveIndex';
import { SqliteConversations } from './conversations';
import { SqliteFeedbackAnswers, SqliteFeedbackRequests } from './feedback';
import { SqliteGroups, SqliteMembers } from './groupsAndMembers';
import { SqliteItems, SqliteMeetings } from './meetingsAndItems';
import { SqliteActions, SqliteFollowUps, SqliteItemMinutes, SqliteMinutes, SqliteMinutesVersions } from './minutes';
import { SqliteOutbox } from './outbox';
import { CommitWatch } from './readCache';
import { SqliteReminderPlans } from './reminderPlans';
import { unavailableOnIoFailure } from './unavailable';

/**
 * The embedded store: one SQLite file that several processes may open at once (a
 * second server, the one-pass reminders command). WAL lets readers and the one
 * writer at a time proceed together, the busy timeout makes a writer wait for
 * another's write instead of failing, and the read caches notice other processes'
 * commits. better-sqlite3 is synchronous and fast; the async surface is the
 * domain's, shared with the SharePoint store.
 * https://www.sqlite.org/wal.html
 */
export class SqliteStore implements Store {
  readonly groups: SqliteGroups;
  readonly members: SqliteMembers;
  readonly meetings: SqliteMeetings;
  readonly items: SqliteItems;
  readonly conversations: SqliteConversations;
  readonly reminderPlans: SqliteReminderPlans;
  readonly outbox: SqliteOutbox;
  readonly feedbackRequests: SqliteFeedbackRequests;
  readonly feedbackAnswers: SqliteFeedbackAnswers;
  readonly minutes: SqliteMinutes;
  readonly itemMinutes: SqliteItemMinutes;
  readonly actions: SqliteActions;
  readonly followUps: SqliteFollowUps;
  readonly minutesVersions: SqliteMinutesVersions;
  readonly archiveIndex: SqliteArchiveIndex;

  private constructor(private readonly db: Database) {
    const watch = new CommitWatch(db);
    this.groups = unavailableOnIoFailure(new SqliteGroups(db, watch));
    this.members = unavailableOnIoFailure(new SqliteMembers(db, watch));
    this.meetings = unavailableOnIoFailure(new SqliteMeetings(db, watch));
    this.items = unavailableOnIoFailure(new SqliteItems(db, watch));
    this.conversations = unavailableOnIoFailure(new SqliteConversations(db, watch));
    this.reminderPlans = unavailableOnIoFailure(new SqliteReminderPlans(db));
    this.outbox = unavailableOnIoFailure(new SqliteOutbox(db));
    this.feedbackRequests = unavailableOnIoFailure(new SqliteFeedbackRequests(db));
    this.feedbackAnswers = unavailableOnIoFailure(new SqliteFeedbackAnswers(db));
    this.minutes = unavailableOnIoFailure(new SqliteMinutes(db));
    this.itemMinutes = unavailableOnIoFailure(new SqliteItemMinutes(db));
    this.actions = unavailableOnIoFailure(new SqliteActions(db));
    this.followUps = unavailableOnIoFailure(new SqliteFollowUps(db));
    this.minutesVersions = unavailableOnIoFailure(new SqliteMinutesVersions(db));
    this.archiveIndex = unavailableOnIoFailure(new SqliteArchiveIndex(db));
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
  static onDatabase(db: Database): SqliteStore {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return new SqliteStore(db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
