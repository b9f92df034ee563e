import type { AgendaItem, ConversationRecord, Group, Meeting, Member, Undeliverable } from '../../domain/model';
import type { ReminderPlan } from '../../domain/reminders';
import {
  VersionConflictError,
  type AgendaItemRepository,
  type ConversationRepository,
  type GroupRepository,
  type MeetingRepository,
  type MemberRepository,
  type New,
  type ReminderPlanRepository,
} from '../../domain/storage';
import * as map from './fields';
import { DuplicateRecordError, type ListClient } from './listClient';
import { Records } from './records';

/**
 * The domain's repositories over SharePoint lists. Every read filters on one
 * indexed column; anything finer (dates, status) is sorted out in memory on the
 * few items that come back.
 */
export class SharePointGroups implements GroupRepository {
  private readonly records: Records<Group>;

  constructor(list: ListClient) {
    this.records = new Records(list, map.groupFrom);
  }

  getByTeamId(teamId: string): Promise<Group | undefined> {
    return this.records.one('TeamId', teamId);
  }

  get(id: string): Promise<Group | undefined> {
    return this.records.one('RecordId', id);
  }

  /** The team's id is unique in the list, so a second creator finds the first one's group. */
  async createIfAbsent(group: New<Group>): Promise<{ group: Group; created: boolean }> {
    const { record, created } = await this.records.createUnlessTaken(map.groupFields(group), () => this.getByTeamId(group.teamId));
    return { group: record, created };
  }

  async update(group: Group): Promise<Group> {
    return { ...group, version: await this.records.update(group.version, map.groupFields(group), group.id) };
  }
}

export class SharePointMembers implements MemberRepository {
  private readonly records: Records<Member>;

  constructor(list: ListClient) {
    this.records = new Records(list, map.memberFrom);
  }

  async listByGroup(groupId: string): Promise<Member[]> {
    return (await this.records.where('GroupId', groupId)).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  async findByUser(groupId: string, userId: string, aadObjectId?: string): Promise<Member | undefined> {
    return (await this.listByPerson(userId, aadObjectId)).find((m) => m.groupId === groupId);
  }

  async listByPerson(userId: string, aadObjectId?: string): Promise<Member[]> {
    // The tab knows a person only by their Entra object id.
    const byUser = userId ? await this.records.where('UserId', userId) : [];
    if (byUser.length > 0 || !aadObjectId) return byUser;
    return this.records.where('AadObjectId', aadObjectId);
  }

  add(member: New<Member>): Promise<Member> {
    return this.records.create(map.memberFields(member), member.id);
  }

  async update(member: Member): Promise<Member> {
    return { ...member, version: await this.records.update(member.version, map.memberFields(member), member.id) };
  }
}

export class SharePointMeetings implements MeetingRepository {
  private readonly records: Records<Meeting>;

  constructor(list: ListClient) {
    this.records = new Records(list, map.meetingFrom);
  }

  get(id: string): Promise<Meeting | undefined> {
    return this.records.one('RecordId', id);
  }

  async listUpcoming(groupId: string, fromIso: string): Promise<Meeting[]> {
    return (await this.listByGroup(groupId)).filter((m) => m.endsAt >= fromIso);
  }

  async listByGroup(groupId: string): Promise<Meeting[]> {
    return (await this.records.where('GroupId', groupId)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }

  async listStartingBetween(fromIso: string, toIso: string): Promise<Meeting[]> {
    return (await this.records.between('StartsAt', fromIso, toIso)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }

  add(meeting: New<Meeting>): Promise<Meeting> {
    return this.records.create(map.meetingFields(meeting), meeting.id);
  }

  async update(meeting: Meeting): Promise<Meeting> {
    return { ...meeting, version: await this.records.update(meeting.version, map.meetingFields(meeting), meeting.id) };
  }
}

export class SharePointItems implements AgendaItemRepository {
  private readonly records: Records<AgendaItem>;

  constructor(list: ListClient) {
    this.records = new Records(list, map.itemFrom);
  }

  get(id: string): Promise<AgendaItem | undefined> {
    return this.records.one('RecordId', id);
  }

  async listByMeeting(meetingId: string): Promise<AgendaItem[]> {
    return (await this.records.where('MeetingId', meetingId)).sort((a, b) => a.order - b.order || a.submittedAt.localeCompare(b.submittedAt));
  }

  add(item: New<AgendaItem>): Promise<AgendaItem> {
    return this.records.create(map.itemFields(item), item.id);
  }

  async update(item: AgendaItem): Promise<AgendaItem> {
    return { ...item, version: await this.records.update(item.version, map.itemFields(item), item.id) };
  }

  async remove(id: string): Promise<void> {
    const item = await this.records.list.one('RecordId', id);
    if (item) await this.records.list.remove(item.itemId);
  }
}

export class SharePointConversations implements ConversationRepository {
  private readonly records: Records<ConversationRecord>;

  constructor(list: ListClient) {
    this.records = new Records(list, map.conversationFrom);
  }

  get(conversationId: string): Promise<ConversationRecord | undefined> {
    return this.records.one('RecordId', conversationId);
  }

  /** Upsert: update the stored reference (keeping its group, person, language and greeting) or create it. */
  async save(record: Omit<ConversationRecord, 'version' | 'greetedAt' | 'undeliverable'>): Promise<ConversationRecord> {
    for (let attempt = 0; attempt < 4; attempt++) {
      const existing = await this.get(record.conversationId);
      try {
        if (!existing) return await this.records.create(map.conversationFields(record), record.conversationId);
        const merged = { ...record, groupId: record.groupId ?? existing.groupId, userId: record.userId ?? existing.userId, language: record.language ?? existing.language };
        const version = await this.records.update(existing.version, map.conversationFields(merged), record.conversationId);
        return { ...merged, greetedAt: existing.greetedAt, version };
      } catch (error) {
        if (!(error instanceof VersionConflictError)) throw error;
      }
    }
    throw new VersionConflictError('conversation', record.conversationId);
  }

  async claimGreeting(conversationId: string, atIso: string): Promise<boolean> {
    for (let attempt = 0; attempt < 4; attempt++) {
      const existing = await this.get(conversationId);
      if (!existing || existing.greetedAt) return false;
      try {
        await this.records.update(existing.version, { GreetedAt: atIso }, conversationId);
        return true;
      } catch (error) {
        if (!(error instanceof VersionConflictError)) throw error;
      }
    }
    return false;
  }

  listByGroup(groupId: string): Promise<ConversationRecord[]> {
    return this.records.where('GroupId', groupId);
  }

  async listPersonal(userId: string): Promise<ConversationRecord[]> {
    const records = await this.records.where('UserId', userId);
    return records.filter((c) => c.scope === 'personal').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async markUndeliverable(conversationId: string, mark: Undeliverable): Promise<void> {
    for (let attempt = 0; attempt < 4; attempt++) {
      const existing = await this.get(conversationId);
      if (!existing) return;
      try {
        await this.records.update(existing.version, { UndeliverableSince: mark.since, UndeliverableReason: mark.reason }, conversationId);
        return;
      } catch (error) {
        if (!(error instanceof VersionConflictError)) throw error;
      }
    }
    throw new VersionConflictError('conversation', conversationId);
  }
}

export class SharePointReminderPlans implements ReminderPlanRepository {
  private readonly records: Records<ReminderPlan>;

  constructor(list: ListClient) {
    this.records = new Records(list, map.reminderPlanFrom);
  }

  get(groupId: string): Promise<ReminderPlan | undefined> {
    return this.records.one('RecordId', groupId);
  }

  /** The group's id is the unique RecordId: of two first saves, the second is a conflict. */
  async save(plan: New<ReminderPlan>, expectedVersion: string | undefined): Promise<ReminderPlan> {
    if (expectedVersion !== undefined) return { ...plan, version: await this.records.update(expectedVersion, map.reminderPlanFields(plan), plan.groupId) };
    try {
      return map.reminderPlanFrom(await this.records.list.create(map.reminderPlanFields(plan)));
    } catch (error) {
      if (error instanceof DuplicateRecordError) throw new VersionConflictError('reminder plan', plan.groupId);
      throw error;
    }
  }
}
