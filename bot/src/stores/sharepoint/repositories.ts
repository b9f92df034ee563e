import type { AgendaItem, ConversationRecord, Group, Meeting, Member } from '../../domain/model';
import {
  VersionConflictError,
  type AgendaItemRepository,
  type ConversationRepository,
  type GroupRepository,
  type MeetingRepository,
  type MemberRepository,
  type New,
} from '../../domain/storage';
import * as map from './fields';
import { DuplicateRecordError, type ListClient } from './listClient';

/**
 * The domain's repositories over SharePoint lists. Every read filters on one
 * indexed column; anything finer (dates, status) is sorted out in memory on the
 * few items that come back.
 */
export class SharePointGroups implements GroupRepository {
  constructor(private readonly list: ListClient) {}

  async getByTeamId(teamId: string): Promise<Group | undefined> {
    const item = await this.list.one('TeamId', teamId);
    return item ? map.groupFrom(item) : undefined;
  }

  async get(id: string): Promise<Group | undefined> {
    const item = await this.list.one('RecordId', id);
    return item ? map.groupFrom(item) : undefined;
  }

  async createIfAbsent(group: New<Group>): Promise<{ group: Group; created: boolean }> {
    try {
      return { group: map.groupFrom(await this.list.create(map.groupFields(group))), created: true };
    } catch (error) {
      if (!(error instanceof DuplicateRecordError)) throw error;
      const existing = await this.getByTeamId(group.teamId);
      if (!existing) throw error;
      return { group: existing, created: false };
    }
  }
}

/** Creates a record; a duplicate of an earlier, retried create counts as done. */
async function createOnce<T>(list: ListClient, fields: Record<string, unknown>, recordId: string, from: (item: Parameters<typeof map.memberFrom>[0]) => T): Promise<T> {
  try {
    return from(await list.create(fields));
  } catch (error) {
    if (!(error instanceof DuplicateRecordError)) throw error;
    const existing = await list.one('RecordId', recordId);
    if (!existing) throw error;
    return from(existing);
  }
}

export class SharePointMembers implements MemberRepository {
  constructor(private readonly list: ListClient) {}

  async listByGroup(groupId: string): Promise<Member[]> {
    return (await this.list.where('GroupId', groupId)).map(map.memberFrom).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  async findByUser(groupId: string, userId: string, aadObjectId?: string): Promise<Member | undefined> {
    return (await this.listByPerson(userId, aadObjectId)).find((m) => m.groupId === groupId);
  }

  async listByPerson(userId: string, aadObjectId?: string): Promise<Member[]> {
    const byUser = (await this.list.where('UserId', userId)).map(map.memberFrom);
    if (byUser.length > 0 || !aadObjectId) return byUser;
    return (await this.list.where('AadObjectId', aadObjectId)).map(map.memberFrom);
  }

  add(member: New<Member>): Promise<Member> {
    return createOnce(this.list, map.memberFields(member), member.id, map.memberFrom);
  }

  async update(member: Member): Promise<Member> {
    return { ...member, version: await this.list.update(member.version, map.memberFields(member), member.id) };
  }
}

export class SharePointMeetings implements MeetingRepository {
  constructor(private readonly list: ListClient) {}

  async get(id: string): Promise<Meeting | undefined> {
    const item = await this.list.one('RecordId', id);
    return item ? map.meetingFrom(item) : undefined;
  }

  async listUpcoming(groupId: string, fromIso: string): Promise<Meeting[]> {
    return (await this.listByGroup(groupId)).filter((m) => m.endsAt >= fromIso);
  }

  async listByGroup(groupId: string): Promise<Meeting[]> {
    return (await this.list.where('GroupId', groupId)).map(map.meetingFrom).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }

  add(meeting: New<Meeting>): Promise<Meeting> {
    return createOnce(this.list, map.meetingFields(meeting), meeting.id, map.meetingFrom);
  }

  async update(meeting: Meeting): Promise<Meeting> {
    return { ...meeting, version: await this.list.update(meeting.version, map.meetingFields(meeting), meeting.id) };
  }
}

export class SharePointItems implements AgendaItemRepository {
  constructor(private readonly list: ListClient) {}

  async get(id: string): Promise<AgendaItem | undefined> {
    const item = await this.list.one('RecordId', id);
    return item ? map.itemFrom(item) : undefined;
  }

  async listByMeeting(meetingId: string): Promise<AgendaItem[]> {
    return (await this.list.where('MeetingId', meetingId)).map(map.itemFrom).sort((a, b) => a.order - b.order || a.submittedAt.localeCompare(b.submittedAt));
  }

  add(item: New<AgendaItem>): Promise<AgendaItem> {
    return createOnce(this.list, map.itemFields(item), item.id, map.itemFrom);
  }

  async update(item: AgendaItem): Promise<AgendaItem> {
    return { ...item, version: await this.list.update(item.version, map.itemFields(item), item.id) };
  }

  async remove(id: string): Promise<void> {
    const item = await this.list.one('RecordId', id);
    if (item) await this.list.remove(item.itemId);
  }
}

export class SharePointConversations implements ConversationRepository {
  constructor(private readonly list: ListClient) {}

  async get(conversationId: string): Promise<ConversationRecord | undefined> {
    const item = await this.list.one('RecordId', conversationId);
    return item ? map.conversationFrom(item) : undefined;
  }

  /** Upsert: update the stored reference (keeping its group and greeting) or create it. */
  async save(record: Omit<ConversationRecord, 'version' | 'greetedAt'>): Promise<ConversationRecord> {
    for (let attempt = 0; attempt < 4; attempt++) {
      const existing = await this.get(record.conversationId);
      try {
        if (!existing) return await createOnce(this.list, map.conversationFields(record), record.conversationId, map.conversationFrom);
        const merged = { ...record, groupId: record.groupId ?? existing.groupId };
        const version = await this.list.update(existing.version, map.conversationFields(merged), record.conversationId);
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
        await this.list.update(existing.version, { GreetedAt: atIso }, conversationId);
        return true;
      } catch (error) {
        if (!(error instanceof VersionConflictError)) throw error;
      }
    }
    return false;
  }

  async listByGroup(groupId: string): Promise<ConversationRecord[]> {
    return (await this.list.where('GroupId', groupId)).map(map.conversationFrom);
  }
}

