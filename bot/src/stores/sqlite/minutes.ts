import type Database from 'better-sqlite3';
import type { FollowUp, ItemMinutes, Minutes, MinutesAction, MinutesVersion } from '../../domain/minutes/model';
import {
  VersionConflictError,
  type ActionRepository,
  type FollowUpRepository,
  type ItemMinutesRepository,
  type MinutesRepository,
  type MinutesVersionRepository,
  type New,
} from '../../domain/storage';
import type { Row } from './rows';
import { insertIfAbsent, prepared, select, updateVersioned } from './versioned';

/** The minutes in SQLite: lists and records as JSON text, every update from the version read. */

const opt = <T>(value: unknown): T | undefined => (value === null || value === undefined ? undefined : (value as T));
const json = <T>(value: unknown): T => JSON.parse(value as string) as T;

const minutesFromRow = (r: Row): Minutes => ({
  meetingId: r.meeting_id as string,
  groupId: r.group_id as string,
  state: r.state as Minutes['state'],
  attendance: json(r.attendance),
  takenBy: r.taken_by ? json(r.taken_by) : undefined,
  publishedVersion: r.published_version as number,
  correctionReason: opt(r.correction_reason),
  createdAt: r.created_at as string,
  updatedAt: r.updated_at as string,
  updatedBy: json(r.updated_by),
  version: String(r.version),
});

const minutesParams = (m: New<Minutes>): Row => ({
  meeting_id: m.meetingId,
  group_id: m.groupId,
  state: m.state,
  attendance: JSON.stringify(m.attendance),
  taken_by: m.takenBy ? JSON.stringify(m.takenBy) : null,
  published_version: m.publishedVersion,
  correction_reason: m.correctionReason ?? null,
  created_at: m.createdAt,
  updated_at: m.updatedAt,
  updated_by: JSON.stringify(m.updatedBy),
});

export class SqliteMinutes implements MinutesRepository {
  constructor(private readonly db: Database.Database) {}

  async get(meetingId: string): Promise<Minutes | undefined> {
    return select(this.db, 'SELECT * FROM minutes WHERE meeting_id = ?', minutesFromRow, meetingId)[0];
  }

  async listByGroup(groupId: string): Promise<Minutes[]> {
    return select(this.db, 'SELECT * FROM minutes WHERE group_id = ? ORDER BY meeting_id', minutesFromRow, groupId);
  }

  async createIfAbsent(minutes: New<Minutes>): Promise<{ minutes: Minutes; created: boolean }> {
    const params = minutesParams(minutes);
    const created = insertIfAbsent(this.db, 'minutes', 'meeting_id', params);
    return { minutes: (await this.get(minutes.meetingId))!, created };
  }

  async update(minutes: Minutes): Promise<Minutes> {
    const version = updateVersioned(this.db, 'minutes', 'meeting_id', minutesParams(minutes), minutes.version, 'minutes');
    return { ...minutes, version: String(version) };
  }
}

const itemFromRow = (r: Row): ItemMinutes => ({
  itemId: r.item_id as string,
  meetingId: r.meeting_id as string,
  groupId: r.group_id as string,
  notes: json(r.notes),
  decisions: json(r.decisions),
  links: json(r.links),
  updatedAt: r.updated_at as string,
  updatedBy: json(r.updated_by),
  version: String(r.version),
});

const itemParams = (i: New<ItemMinutes>): Row => ({
  item_id: i.itemId,
  meeting_id: i.meetingId,
  group_id: i.groupId,
  notes: JSON.stringify(i.notes),
  decisions: JSON.stringify(i.decisions),
  links: JSON.stringify(i.links),
  updated_at: i.updatedAt,
  updated_by: JSON.stringify(i.updatedBy),
});

export class SqliteItemMinutes implements ItemMinutesRepository {
  constructor(private readonly db: Database.Database) {}

  async get(itemId: string): Promise<ItemMinutes | undefined> {
    return select(this.db, 'SELECT * FROM item_minutes WHERE item_id = ?', itemFromRow, itemId)[0];
  }

  async listByMeeting(meetingId: string): Promise<ItemMinutes[]> {
    return select(this.db, 'SELECT * FROM item_minutes WHERE meeting_id = ? ORDER BY item_id', itemFromRow, meetingId);
  }

  async listByGroup(groupId: string): Promise<ItemMinutes[]> {
    return select(this.db, 'SELECT * FROM item_minutes WHERE group_id = ? ORDER BY updated_at, item_id', itemFromRow, groupId);
  }

  async create(minutes: New<ItemMinutes>): Promise<ItemMinutes> {
    const params = itemParams(minutes);
    if (!insertIfAbsent(this.db, 'item_minutes', 'item_id', params)) throw new VersionConflictError('item minutes', minutes.itemId);
    return { ...minutes, version: '1' };
  }

  async update(minutes: ItemMinutes): Promise<ItemMinutes> {
    const version = updateVersioned(this.db, 'item_minutes', 'item_id', itemParams(minutes), minutes.version, 'item minutes');
    return { ...minutes, version: String(version) };
  }
}

const actionFromRow = (r: Row): MinutesAction => ({
  id: r.id as string,
  groupId: r.group_id as string,
  meetingId: r.meeting_id as string,
  itemId: r.item_id as string,
  what: r.what as string,
  owner: { ...(r.owner_member_id ? { memberId: r.owner_member_id as string } : {}), name: r.owner_name as string },
  due: opt(r.due),
  done: r.done === 1,
  createdAt: r.created_at as string,
  createdBy: json(r.created_by),
  updatedAt: r.updated_at as string,
  version: String(r.version),
});

const actionParams = (a: New<MinutesAction>): Row => ({
  id: a.id,
  group_id: a.groupId,
  meeting_id: a.meetingId,
  item_id: a.itemId,
  what: a.what,
  owner_member_id: a.owner.memberId ?? null,
  owner_name: a.owner.name,
  due: a.due ?? null,
  done: a.done ? 1 : 0,
  created_at: a.createdAt,
  created_by: JSON.stringify(a.createdBy),
  updated_at: a.updatedAt,
});

const ACTION_ORDER = 'ORDER BY created_at, id';

export class SqliteActions implements ActionRepository {
  constructor(private readonly db: Database.Database) {}

  private readonly list = (where: string, ...values: unknown[]): MinutesAction[] => select(this.db, `SELECT * FROM minutes_actions WHERE ${where} ${ACTION_ORDER}`, actionFromRow, ...values);

  async get(id: string): Promise<MinutesAction | undefined> {
    return this.list('id = ?', id)[0];
  }

  async listByMeeting(meetingId: string): Promise<MinutesAction[]> {
    return this.list('meeting_id = ?', meetingId);
  }

  async listByGroup(groupId: string): Promise<MinutesAction[]> {
    return this.list('group_id = ?', groupId);
  }

  async listByOwner(memberId: string): Promise<MinutesAction[]> {
    return this.list('owner_member_id = ?', memberId);
  }

  async listDueBetween(fromDate: string, toDate: string): Promise<MinutesAction[]> {
    return this.list('due >= ? AND due < ?', fromDate, toDate);
  }

  async add(action: New<MinutesAction>): Promise<MinutesAction> {
    const params = actionParams(action);
    const created = insertIfAbsent(this.db, 'minutes_actions', 'id', params);
    return created ? { ...action, version: '1' } : (await this.get(action.id))!;
  }

  async update(action: MinutesAction): Promise<MinutesAction> {
    const version = updateVersioned(this.db, 'minutes_actions', 'id', actionParams(action), action.version, 'action');
    return { ...action, version: String(version) };
  }

  async remove(id: string): Promise<void> {
    prepared(this.db, 'DELETE FROM minutes_actions WHERE id = ?').run(id);
  }
}

const followUpFromRow = (r: Row): FollowUp => ({
  id: r.id as string,
  groupId: r.group_id as string,
  meetingId: r.meeting_id as string,
  itemId: r.item_id as string,
  targetMeetingId: r.target_meeting_id as string,
  agendaItemId: r.agenda_item_id as string,
  createdAt: r.created_at as string,
  createdBy: json(r.created_by),
  version: String(r.version),
});

const followUpParams = (f: New<FollowUp>): Row => ({
  id: f.id,
  group_id: f.groupId,
  meeting_id: f.meetingId,
  item_id: f.itemId,
  target_meeting_id: f.targetMeetingId,
  agenda_item_id: f.agendaItemId,
  created_at: f.createdAt,
  created_by: JSON.stringify(f.createdBy),
});

export class SqliteFollowUps implements FollowUpRepository {
  constructor(private readonly db: Database.Database) {}

  private readonly list = (where: string, value: string): FollowUp[] => select(this.db, `SELECT * FROM follow_ups WHERE ${where} ORDER BY created_at, id`, followUpFromRow, value);

  async get(id: string): Promise<FollowUp | undefined> {
    return this.list('id = ?', id)[0];
  }

  async listByMeeting(meetingId: string): Promise<FollowUp[]> {
    return this.list('meeting_id = ?', meetingId);
  }

  async listByGroup(groupId: string): Promise<FollowUp[]> {
    return this.list('group_id = ?', groupId);
  }

  async add(followUp: New<FollowUp>): Promise<FollowUp> {
    const params = followUpParams(followUp);
    const created = insertIfAbsent(this.db, 'follow_ups', 'id', params);
    return created ? { ...followUp, version: '1' } : (await this.get(followUp.id))!;
  }

  async remove(id: string): Promise<void> {
    prepared(this.db, 'DELETE FROM follow_ups WHERE id = ?').run(id);
  }
}

const versionFromRow = (r: Row): MinutesVersion => ({
  meetingId: r.meeting_id as string,
  groupId: r.group_id as string,
  number: r.number as number,
  publishedAt: r.published_at as string,
  publishedBy: json(r.published_by),
  ...(r.reason ? { reason: r.reason as string } : {}),
  snapshot: json(r.snapshot),
});

export class SqliteMinutesVersions implements MinutesVersionRepository {
  constructor(private readonly db: Database.Database) {}

  private readonly list = (where: string, ...values: unknown[]): MinutesVersion[] =>
    select(this.db, `SELECT * FROM minutes_versions WHERE ${where} ORDER BY published_at, number`, versionFromRow, ...values);

  async add(version: MinutesVersion): Promise<MinutesVersion> {
    const params = {
      meeting_id: version.meetingId,
      number: version.number,
      group_id: version.groupId,
      published_at: version.publishedAt,
      published_by: JSON.stringify(version.publishedBy),
      reason: version.reason ?? null,
      snapshot: JSON.stringify(version.snapshot),
    };
    if (!insertIfAbsent(this.db, 'minutes_versions', 'meeting_id, number', params)) throw new VersionConflictError('minutes version', `${version.meetingId}#${version.number}`);
    return version;
  }

  async get(meetingId: string, number: number): Promise<MinutesVersion | undefined> {
    return this.list('meeting_id = ? AND number = ?', meetingId, number)[0];
  }

  async listByMeeting(meetingId: string): Promise<MinutesVersion[]> {
    return select(this.db, 'SELECT * FROM minutes_versions WHERE meeting_id = ? ORDER BY number', versionFromRow, meetingId);
  }

  async listByGroup(groupId: string): Promise<MinutesVersion[]> {
    return this.list('group_id = ?', groupId);
  }

  async listPublishedBetween(fromIso: string, toIso: string): Promise<MinutesVersion[]> {
    return this.list('published_at >= ? AND published_at < ?', fromIso, toIso);
  }
}
