import type Database from 'better-sqlite3';
import type { ArchiveEntry, NewArchiveEntry } from '../../domain/archive/entry';
import { VersionConflictError, type ArchiveIndexRepository } from '../../domain/storage';
import type { Row } from './rows';
import { insertIfAbsent, select, updateVersioned } from './versioned';

/** The archive's index in SQLite: one row per meeting, its documents as JSON text. */

const entryFromRow = (r: Row): ArchiveEntry => ({
  meetingId: r.meeting_id as string,
  groupId: r.group_id as string,
  startsAt: r.starts_at as string,
  endsAt: r.ends_at as string,
  place: r.place as string,
  status: r.status as ArchiveEntry['status'],
  publishedVersion: r.published_version as number,
  versions: r.versions as number,
  indexedAt: r.indexed_at as string,
  docs: JSON.parse(r.docs as string) as ArchiveEntry['docs'],
  version: String(r.version),
});

const entryParams = (e: NewArchiveEntry): Row => ({
  meeting_id: e.meetingId,
  group_id: e.groupId,
  starts_at: e.startsAt,
  ends_at: e.endsAt,
  place: e.place,
  status: e.status,
  published_version: e.publishedVersion,
  versions: e.versions,
  indexed_at: e.indexedAt,
  docs: JSON.stringify(e.docs),
});

export class SqliteArchiveIndex implements ArchiveIndexRepository {
  constructor(private readonly db: Database.Database) {}

  async get(meetingId: string): Promise<ArchiveEntry | undefined> {
    return select(this.db, 'SELECT * FROM archive_index WHERE meeting_id = ?', entryFromRow, meetingId)[0];
  }

  async put(entry: NewArchiveEntry, expectedVersion: string | undefined): Promise<ArchiveEntry> {
    const params = entryParams(entry);
    if (expectedVersion === undefined) {
      if (!insertIfAbsent(this.db, 'archive_index', 'meeting_id', params)) throw new VersionConflictError('archive entry', entry.meetingId);
      return { ...entry, version: '1' };
    }
    const version = updateVersioned(this.db, 'archive_index', 'meeting_id', params, expectedVersion, 'archive entry');
    return { ...entry, version: String(version) };
  }

  async listByGroup(groupId: string): Promise<ArchiveEntry[]> {
    return select(this.db, 'SELECT * FROM archive_index WHERE group_id = ? ORDER BY starts_at, meeting_id', entryFromRow, groupId);
  }

  async listChangedSince(groupId: string, sinceIso: string): Promise<ArchiveEntry[]> {
    return select(this.db, 'SELECT * FROM archive_index WHERE group_id = ? AND indexed_at >= ? ORDER BY starts_at, meeting_id', entryFromRow, groupId, sinceIso);
  }
}
