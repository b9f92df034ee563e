import type { AgendaItem, ConversationRecord, Group, Meeting, Member } from './model';

/**
 * The storage interfaces the domain owns. Stores implement them; nothing here knows
 * SQL or Graph. Every update takes the version the caller read and fails with
 * VersionConflictError when someone else wrote in between (If-Match semantics).
 */

export type New<T> = Omit<T, 'version'>;

export class VersionConflictError extends Error {
  constructor(readonly entity: string, readonly id: string) {
    super(`${entity} ${id} was changed by someone else`);
    this.name = 'VersionConflictError';
  }
}

/** The store could not be reached or kept refusing; the user's input must be kept for a retry. */
export class StoreUnavailableError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'StoreUnavailableError';
  }
}

export interface GroupRepository {
  getByTeamId(teamId: string): Promise<Group | undefined>;
  get(id: string): Promise<Group | undefined>;
  /** Creates the group unless one exists for the team; returns the stored one either way. */
  createIfAbsent(group: New<Group>): Promise<{ group: Group; created: boolean }>;
  update(group: Group): Promise<Group>;
}

export interface MemberRepository {
  listByGroup(groupId: string): Promise<Member[]>;
  findByUser(groupId: string, userId: string, aadObjectId?: string): Promise<Member | undefined>;
  /** All memberships of one person, across groups (personal chat). */
  listByPerson(userId: string, aadObjectId?: string): Promise<Member[]>;
  add(member: New<Member>): Promise<Member>;
  update(member: Member): Promise<Member>;
}

export interface MeetingRepository {
  get(id: string): Promise<Meeting | undefined>;
  /** Meetings of the group that end at or after the instant, earliest first. */
  listUpcoming(groupId: string, fromIso: string): Promise<Meeting[]>;
  listByGroup(groupId: string): Promise<Meeting[]>;
  add(meeting: New<Meeting>): Promise<Meeting>;
  update(meeting: Meeting): Promise<Meeting>;
}

export interface AgendaItemRepository {
  get(id: string): Promise<AgendaItem | undefined>;
  listByMeeting(meetingId: string): Promise<AgendaItem[]>;
  add(item: New<AgendaItem>): Promise<AgendaItem>;
  update(item: AgendaItem): Promise<AgendaItem>;
  remove(id: string): Promise<void>;
}

export interface ConversationRepository {
  get(conversationId: string): Promise<ConversationRecord | undefined>;
  /** Stores or refreshes the reference; keeps greetedAt as it was. */
  save(record: Omit<ConversationRecord, 'version' | 'greetedAt'>): Promise<ConversationRecord>;
  /** Marks the conversation greeted; true only for the one caller that did it first. */
  claimGreeting(conversationId: string, atIso: string): Promise<boolean>;
  listByGroup(groupId: string): Promise<ConversationRecord[]>;
}

export interface Store {
  readonly groups: GroupRepository;
  readonly members: MemberRepository;
  readonly meetings: MeetingRepository;
  readonly items: AgendaItemRepository;
  readonly conversations: ConversationRepository;
  close(): Promise<void>;
}
