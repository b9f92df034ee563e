import type { ArchiveEntry, NewArchiveEntry } from './archive/entry';
import type { FollowUp, ItemMinutes, Minutes, MinutesAction, MinutesVersion } from './minutes/model';
import type { AgendaItem, ConversationRecord, Group, Meeting, Member, Undeliverable } from './model';
import type { FeedbackAnswer, FeedbackRequest } from './feedback';
import type { NewOutboxEntry, OutboxEntry } from './outbox';
import type { ReminderPlan } from './reminders';

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
  /** Every group's meetings that start in [fromIso, toIso), for the scheduler. */
  listStartingBetween(fromIso: string, toIso: string): Promise<Meeting[]>;
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
  /**
   * Stores or refreshes the reference; keeps greetedAt as it was, and the group, person
   * and language when the new record leaves them out. The bot can reach the
   * conversation again: any undeliverable mark is cleared.
   */
  save(record: Omit<ConversationRecord, 'version' | 'greetedAt' | 'undeliverable'>): Promise<ConversationRecord>;
  /** Marks the conversation greeted; true only for the one caller that did it first. */
  claimGreeting(conversationId: string, atIso: string): Promise<boolean>;
  listByGroup(groupId: string): Promise<ConversationRecord[]>;
  /** A person's personal chats with the bot (normally one), most recently updated first. */
  listPersonal(userId: string): Promise<ConversationRecord[]>;
  /** Teams refused a message there: nothing more is sent until the record is saved again. */
  markUndeliverable(conversationId: string, mark: Undeliverable): Promise<void>;
}

export interface ReminderPlanRepository {
  get(groupId: string): Promise<ReminderPlan | undefined>;
  /** Creates the group's plan (no version: none stored yet) or replaces it from the version read. */
  save(plan: New<ReminderPlan>, expectedVersion: string | undefined): Promise<ReminderPlan>;
}

/**
 * The outbox. Claims are atomic across processes (a conditional UPDATE, an If-Match
 * PATCH): of two senders claiming the same version, one gets the entry, the other undefined.
 */
export interface OutboxRepository {
  /** Adds the entry unless its key is taken; a second enqueuer of the key gets the stored entry and created false. */
  enqueue(entry: NewOutboxEntry): Promise<{ entry: OutboxEntry; created: boolean }>;
  get(id: string): Promise<OutboxEntry | undefined>;
  findByKey(key: string): Promise<OutboxEntry | undefined>;
  /** Which of the keys are in the outbox already, whatever their state. */
  existingKeys(keys: string[]): Promise<Set<string>>;
  /** Pending entries due at the instant, and claimed ones whose lease has run out, oldest first. */
  listDue(nowIso: string): Promise<OutboxEntry[]>;
  listByGroup(groupId: string): Promise<OutboxEntry[]>;
  /** Claims the entry from the version read; undefined when someone else changed it first. */
  claim(entry: OutboxEntry, owner: string, leaseUntilIso: string, atIso: string): Promise<OutboxEntry | undefined>;
  /** Writes an outcome or a release from the version held (VersionConflictError when the claim was lost). */
  update(entry: OutboxEntry): Promise<OutboxEntry>;
}

/** Feedback requests: each kept with its meeting (and item) for the minutes. */
export interface FeedbackRequestRepository {
  get(id: string): Promise<FeedbackRequest | undefined>;
  add(request: New<FeedbackRequest>): Promise<FeedbackRequest>;
  /** From the version read (VersionConflictError when someone else wrote in between). */
  update(request: FeedbackRequest): Promise<FeedbackRequest>;
  /** Every group's requests the scheduler still has work for (not settled); a handful, however many are settled. */
  listUnsettled(): Promise<FeedbackRequest[]>;
  listByMeeting(meetingId: string): Promise<FeedbackRequest[]>;
}

/**
 * Answers, one per person and request: the request's id and the person's Teams user id
 * are unique together, so a resent invoke finds the answer the first one stored.
 */
export interface FeedbackAnswerRepository {
  find(requestId: string, userId: string): Promise<FeedbackAnswer | undefined>;
  /** Adds the answer unless the person has one; the second of two adders gets the stored one and created false. */
  addIfAbsent(answer: New<FeedbackAnswer>): Promise<{ answer: FeedbackAnswer; created: boolean }>;
  /** Replaces the answer from the version read (VersionConflictError when it changed in between). */
  update(answer: FeedbackAnswer): Promise<FeedbackAnswer>;
  /** Read by the request's id, an indexed column in both stores. */
  listByRequest(requestId: string): Promise<FeedbackAnswer[]>;
}

/** The minutes of a meeting: one record per meeting, found by the meeting's id. */
export interface MinutesRepository {
  get(meetingId: string): Promise<Minutes | undefined>;
  /** Every meeting's minutes of the group. */
  listByGroup(groupId: string): Promise<Minutes[]>;
  /** Creates the meeting's minutes unless they exist; returns the stored ones either way. */
  createIfAbsent(minutes: New<Minutes>): Promise<{ minutes: Minutes; created: boolean }>;
  update(minutes: Minutes): Promise<Minutes>;
}

/** What the minutes say per agenda item, found by the item's id. */
export interface ItemMinutesRepository {
  get(itemId: string): Promise<ItemMinutes | undefined>;
  listByMeeting(meetingId: string): Promise<ItemMinutes[]>;
  /** Every item's minutes of the group (the decision log). */
  listByGroup(groupId: string): Promise<ItemMinutes[]>;
  /** The first save of an item's minutes; VersionConflictError when someone else saved first. */
  create(minutes: New<ItemMinutes>): Promise<ItemMinutes>;
  update(minutes: ItemMinutes): Promise<ItemMinutes>;
}

export interface ActionRepository {
  get(id: string): Promise<MinutesAction | undefined>;
  listByMeeting(meetingId: string): Promise<MinutesAction[]>;
  listByGroup(groupId: string): Promise<MinutesAction[]>;
  /** A member's actions, in every meeting (their open actions in the personal tab). */
  listByOwner(memberId: string): Promise<MinutesAction[]>;
  /** Every group's actions due on a day in [fromDate, toDate) (YYYY-MM-DD), for the scheduler. */
  listDueBetween(fromDate: string, toDate: string): Promise<MinutesAction[]>;
  /** Adds the action; a retried add of the same id returns the stored one. */
  add(action: New<MinutesAction>): Promise<MinutesAction>;
  update(action: MinutesAction): Promise<MinutesAction>;
  remove(id: string): Promise<void>;
}

export interface FollowUpRepository {
  get(id: string): Promise<FollowUp | undefined>;
  /** The follow-ups decided at a meeting. */
  listByMeeting(meetingId: string): Promise<FollowUp[]>;
  listByGroup(groupId: string): Promise<FollowUp[]>;
  /** Adds the follow-up; a retried add of the same id returns the stored one. */
  add(followUp: New<FollowUp>): Promise<FollowUp>;
  remove(id: string): Promise<void>;
}

/** Published versions of minutes: added once, never changed or removed. */
export interface MinutesVersionRepository {
  /** Adds the version; VersionConflictError when the meeting already has one with its number. */
  add(version: MinutesVersion): Promise<MinutesVersion>;
  get(meetingId: string, number: number): Promise<MinutesVersion | undefined>;
  /** The meeting's versions, first to last. */
  listByMeeting(meetingId: string): Promise<MinutesVersion[]>;
  listByGroup(groupId: string): Promise<MinutesVersion[]>;
  /** Every group's versions published in [fromIso, toIso), for the scheduler. */
  listPublishedBetween(fromIso: string, toIso: string): Promise<MinutesVersion[]>;
}

/**
 * The archive's search index: one entry per meeting, found by the meeting's id, listed
 * by group, and by when it was written so a reader fetches only what changed.
 */
export interface ArchiveIndexRepository {
  get(meetingId: string): Promise<ArchiveEntry | undefined>;
  /**
   * Writes the meeting's entry: a new one (expectedVersion undefined; VersionConflictError
   * when one exists) or over the version read (VersionConflictError when it changed).
   */
  put(entry: NewArchiveEntry, expectedVersion: string | undefined): Promise<ArchiveEntry>;
  listByGroup(groupId: string): Promise<ArchiveEntry[]>;
  /** The group's entries written at or after the instant. */
  listChangedSince(groupId: string, sinceIso: string): Promise<ArchiveEntry[]>;
}

export interface Store {
  readonly groups: GroupRepository;
  readonly members: MemberRepository;
  readonly meetings: MeetingRepository;
  readonly items: AgendaItemRepository;
  readonly conversations: ConversationRepository;
  readonly reminderPlans: ReminderPlanRepository;
  readonly outbox: OutboxRepository;
  readonly feedbackRequests: FeedbackRequestRepository;
  readonly feedbackAnswers: FeedbackAnswerRepository;
  readonly minutes: MinutesRepository;
  readonly itemMinutes: ItemMinutesRepository;
  readonly actions: ActionRepository;
  readonly followUps: FollowUpRepository;
  readonly minutesVersions: MinutesVersionRepository;
  readonly archiveIndex: ArchiveIndexRepository;
  close(): Promise<void>;
}
