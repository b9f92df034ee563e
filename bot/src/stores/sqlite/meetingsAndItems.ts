import type Database from 'better-sqlite3';
import type { AgendaItem, Meeting } from '../../domain/model';
import type { AgendaItemRepository, MeetingRepository, New } from '../../domain/storage';
import { itemFromRow, itemParams, meetingFromRow, meetingParams, type Row } from './rows';
import { ReadCache, type CommitWatch } from './readCache';
import { insertSql, prepared, updateVersioned } from './versioned';

export class SqliteMeetings implements MeetingRepository {
  private readonly byId: Database.Statement;
  private readonly byGroup: Database.Statement;
  private readonly byStart: Database.Statement;
  private readonly groupMeetings: ReadCache<Meeting[]>;

  constructor(private readonly db: Database.Database, watch: CommitWatch) {
    this.groupMeetings = new ReadCache(watch);
    this.byId = db.prepare('SELECT * FROM meetings WHERE id = ?');
    this.byGroup = db.prepare('SELECT * FROM meetings WHERE group_id = ? ORDER BY starts_at');
    this.byStart = db.prepare('SELECT * FROM meetings WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at');
  }

  async get(id: string): Promise<Meeting | undefined> {
    const row = this.byId.get(id) as Row | undefined;
    return row ? meetingFromRow(row) : undefined;
  }

  async listUpcoming(groupId: string, fromIso: string): Promise<Meeting[]> {
    // ISO instants in UTC compare correctly as strings.
    return (await this.listByGroup(groupId)).filter((m) => m.endsAt >= fromIso);
  }

  async listByGroup(groupId: string): Promise<Meeting[]> {
    return this.groupMeetings.get(groupId, () => (this.byGroup.all(groupId) as Row[]).map(meetingFromRow));
  }

  async listStartingBetween(fromIso: string, toIso: string): Promise<Meeting[]> {
    return (this.byStart.all(fromIso, toIso) as Row[]).map(meetingFromRow);
  }

  async add(meeting: New<Meeting>): Promise<Meeting> {
    const params = meetingParams(meeting);
    prepared(this.db, insertSql('meetings', params)).run(params);
    this.groupMeetings.invalidate(meeting.groupId);
    return { ...meeting, version: '1' };
  }

  async update(meeting: Meeting): Promise<Meeting> {
    this.groupMeetings.invalidate(meeting.groupId);
    const version = updateVersioned(this.db, 'meetings', 'id', meetingParams(meeting), meeting.version, 'meeting');
    return { ...meeting, version: String(version) };
  }
}

export class SqliteItems implements AgendaItemRepository {
  private readonly byId: Database.Statement;
  private readonly byMeeting: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly meetingItems: ReadCache<AgendaItem[]>;

  constructor(private readonly db: Database.Database, watch: CommitWatch) {
    this.meetingItems = new ReadCache(watch);
    this.byId = db.prepare('SELECT * FROM agenda_items WHERE id = ?');
    this.byMeeting = db.prepare('SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY sort_order, submitted_at');
    this.insert = db.prepare(insertSql('agenda_items', itemParams({} as New<AgendaItem>)));
  }

  async get(id: string): Promise<AgendaItem | undefined> {
    const row = this.byId.get(id) as Row | undefined;
    return row ? itemFromRow(row) : undefined;
  }

  async listByMeeting(meetingId: string): Promise<AgendaItem[]> {
    return this.meetingItems.get(meetingId, () => (this.byMeeting.all(meetingId) as Row[]).map(itemFromRow));
  }

  async add(item: New<AgendaItem>): Promise<AgendaItem> {
    this.insert.run(itemParams(item));
    this.meetingItems.invalidate(item.meetingId);
    return { ...item, version: '1' };
  }

  async update(item: AgendaItem): Promise<AgendaItem> {
    // The stored row's meeting, not the caller's copy, decides what to forget.
    const stored = this.byId.get(item.id) as Row | undefined;
    if (stored) this.meetingItems.invalidate(stored.meeting_id as string);
    this.meetingItems.invalidate(item.meetingId);
    const version = updateVersioned(this.db, 'agenda_items', 'id', itemParams(item), item.version, 'agenda item');
    return { ...item, version: String(version) };
  }

  async remove(id: string): Promise<void> {
    const stored = this.byId.get(id) as Row | undefined;
    prepared(this.db, 'DELETE FROM agenda_items WHERE id = ?').run(id);
    if (stored) this.meetingItems.invalidate(stored.meeting_id as string);
  }
}
