import type Database from 'better-sqlite3';
import type { FeedbackAnswer, FeedbackRequest } from '../../domain/feedback';
import type { FeedbackAnswerRepository, FeedbackRequestRepository, New } from '../../domain/storage';
import type { Row } from './rows';
import { insertIfAbsent, insertSql, prepared, select, updateVersioned } from './versioned';

const opt = <T>(value: unknown): T | undefined => (value === null || value === undefined ? undefined : (value as T));

const requestFromRow = (r: Row): FeedbackRequest => ({
  id: r.id as string,
  groupId: r.group_id as string,
  meetingId: opt(r.meeting_id),
  itemId: opt(r.item_id),
  itemTitle: opt(r.item_title),
  question: r.question as string,
  description: opt(r.description),
  link: opt(r.link),
  kind: r.kind as FeedbackRequest['kind'],
  choices: JSON.parse(r.choices as string) as string[],
  deadline: r.deadline as string,
  reminderHours: r.reminder_hours as number,
  ownerMemberId: r.owner_member_id as string,
  ownerUserId: r.owner_user_id as string,
  ownerName: r.owner_name as string,
  audience: r.audience as FeedbackRequest['audience'],
  namedMemberIds: JSON.parse(r.named_member_ids as string) as string[],
  createdByMemberId: r.created_by_member_id as string,
  createdAt: r.created_at as string,
  withdrawnAt: opt(r.withdrawn_at),
  withdrawnByName: opt(r.withdrawn_by_name),
  settledAt: opt(r.settled_at),
  version: String(r.version),
});

const requestParams = (q: New<FeedbackRequest>): Row => ({
  id: q.id,
  group_id: q.groupId,
  meeting_id: q.meetingId ?? null,
  item_id: q.itemId ?? null,
  item_title: q.itemTitle ?? null,
  question: q.question,
  description: q.description ?? null,
  link: q.link ?? null,
  kind: q.kind,
  choices: JSON.stringify(q.choices),
  deadline: q.deadline,
  reminder_hours: q.reminderHours,
  owner_member_id: q.ownerMemberId,
  owner_user_id: q.ownerUserId,
  owner_name: q.ownerName,
  audience: q.audience,
  named_member_ids: JSON.stringify(q.namedMemberIds),
  created_by_member_id: q.createdByMemberId,
  created_at: q.createdAt,
  withdrawn_at: q.withdrawnAt ?? null,
  withdrawn_by_name: q.withdrawnByName ?? null,
  settled_at: q.settledAt ?? null,
});

const answerFromRow = (r: Row): FeedbackAnswer => ({
  id: r.id as string,
  requestId: r.request_id as string,
  groupId: r.group_id as string,
  memberId: r.member_id as string,
  userId: r.user_id as string,
  name: r.name as string,
  choice: opt(r.choice),
  comment: opt(r.comment),
  answeredAt: r.answered_at as string,
  changedAt: r.changed_at as string,
  version: String(r.version),
});

const answerParams = (a: New<FeedbackAnswer>): Row => ({
  id: a.id,
  request_id: a.requestId,
  group_id: a.groupId,
  member_id: a.memberId,
  user_id: a.userId,
  name: a.name,
  choice: a.choice ?? null,
  comment: a.comment ?? null,
  answered_at: a.answeredAt,
  changed_at: a.changedAt,
});

export class SqliteFeedbackRequests implements FeedbackRequestRepository {
  constructor(private readonly db: Database.Database) {}

  async get(id: string): Promise<FeedbackRequest | undefined> {
    return select(this.db, 'SELECT * FROM feedback_requests WHERE id = ?', requestFromRow, id)[0];
  }

  async add(request: New<FeedbackRequest>): Promise<FeedbackRequest> {
    const params = requestParams(request);
    prepared(this.db, insertSql('feedback_requests', params)).run(params);
    return { ...request, version: '1' };
  }

  async update(request: FeedbackRequest): Promise<FeedbackRequest> {
    const version = updateVersioned(this.db, 'feedback_requests', 'id', requestParams(request), request.version, 'feedback request');
    return { ...request, version: String(version) };
  }

  async listUnsettled(): Promise<FeedbackRequest[]> {
    return select(this.db, 'SELECT * FROM feedback_requests WHERE settled_at IS NULL ORDER BY deadline, id', requestFromRow);
  }

  async listByMeeting(meetingId: string): Promise<FeedbackRequest[]> {
    return select(this.db, 'SELECT * FROM feedback_requests WHERE meeting_id = ? ORDER BY created_at, id', requestFromRow, meetingId);
  }
}

/** The (request, person) pair is UNIQUE: INSERT … ON CONFLICT DO NOTHING adds an answer once, whoever tries. */
export class SqliteFeedbackAnswers implements FeedbackAnswerRepository {
  constructor(private readonly db: Database.Database) {}

  async find(requestId: string, userId: string): Promise<FeedbackAnswer | undefined> {
    return select(this.db, 'SELECT * FROM feedback_answers WHERE request_id = ? AND user_id = ?', answerFromRow, requestId, userId)[0];
  }

  async addIfAbsent(answer: New<FeedbackAnswer>): Promise<{ answer: FeedbackAnswer; created: boolean }> {
    const params = answerParams(answer);
    const created = insertIfAbsent(this.db, 'feedback_answers', 'request_id, user_id', params);
    if (created) return { answer: { ...answer, version: '1' }, created: true };
    return { answer: (await this.find(answer.requestId, answer.userId))!, created: false };
  }

  async update(answer: FeedbackAnswer): Promise<FeedbackAnswer> {
    const version = updateVersioned(this.db, 'feedback_answers', 'id', answerParams(answer), answer.version, 'feedback answer');
    return { ...answer, version: String(version) };
  }

  async listByRequest(requestId: string): Promise<FeedbackAnswer[]> {
    return select(this.db, 'SELECT * FROM feedback_answers WHERE request_id = ? ORDER BY answered_at, id', answerFromRow, requestId);
  }
}
