import type { ArchiveEntry, NewArchiveEntry } from '../../domain/archive/entry';
import { VersionConflictError, type ArchiveIndexRepository } from '../../domain/storage';
import { DuplicateRecordError, versionOf, type Fields, type ListClient, type StoredItem } from './listClient';
import { chunkCells, chunkedJson } from './minutesFields';

/**
 * The archive's index as a SharePoint list: one item per meeting, found by its unique
 * RecordId, listed by the indexed GroupId and, for what changed, GroupId and the
 * indexed IndexedAt together. A group's entries stay far below the 5,000-item list
 * view threshold (one a meeting), so a query narrowed by GroupId is always allowed,
 * whatever the list holds for other groups; no search reads the list whole.
 * https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online
 */

const str = (value: unknown): string => (typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value));
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

export const entryFields = (e: NewArchiveEntry): Fields => ({
  RecordId: e.meetingId, GroupId: e.groupId, Title: e.place, IndexedAt: e.indexedAt, StartsAt: e.startsAt, EndsAt: e.endsAt, Status: e.status,
  PublishedVersion: e.publishedVersion, Versions: e.versions, ...chunkCells(JSON.stringify(e.docs), 'Docs', 'an archive entry'),
});

const entryFrom = (item: StoredItem): ArchiveEntry => {
  const f = item.fields;
  return {
    meetingId: str(f.RecordId), groupId: str(f.GroupId), place: str(f.Title), indexedAt: str(f.IndexedAt), startsAt: str(f.StartsAt), endsAt: str(f.EndsAt),
    status: str(f.Status) as ArchiveEntry['status'], publishedVersion: num(f.PublishedVersion), versions: num(f.Versions),
    docs: JSON.parse(chunkedJson(f, 'Docs') || '[]') as ArchiveEntry['docs'], version: versionOf(item),
  };
};

const byStart = (a: ArchiveEntry, b: ArchiveEntry): number => a.startsAt.localeCompare(b.startsAt) || a.meetingId.localeCompare(b.meetingId);

export class SharePointArchiveIndex implements ArchiveIndexRepository {
  constructor(private readonly list: ListClient) {}

  async get(meetingId: string): Promise<ArchiveEntry | undefined> {
    const item = await this.list.one('RecordId', meetingId);
    return item ? entryFrom(item) : undefined;
  }

  /** A new entry's RecordId is unique: of two first writers, the second is a conflict; later writes carry the eTag read. */
  async put(entry: NewArchiveEntry, expectedVersion: string | undefined): Promise<ArchiveEntry> {
    if (expectedVersion === undefined) {
      try {
        return entryFrom(await this.list.create(entryFields(entry)));
      } catch (error) {
        if (error instanceof DuplicateRecordError) throw new VersionConflictError('archive entry', entry.meetingId);
        throw error;
      }
    }
    return { ...entry, version: await this.list.update(expectedVersion, entryFields(entry), entry.meetingId) };
  }

  async listByGroup(groupId: string): Promise<ArchiveEntry[]> {
    return (await this.list.where('GroupId', groupId)).map(entryFrom).sort(byStart);
  }

  async listChangedSince(groupId: string, sinceIso: string): Promise<ArchiveEntry[]> {
    return (await this.list.whereSince('GroupId', groupId, 'IndexedAt', sinceIso)).map(entryFrom).sort(byStart);
  }
}
