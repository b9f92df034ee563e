import type { FeedbackAnswer, FeedbackRequest } from '../../domain/feedback';
import type { AgendaItem, ConversationRecord, Group, Meeting, Member } from '../../domain/model';
import type { OutboxEntry } from '../../domain/outbox';
import type { ReminderPlan } from '../../domain/reminders';
import type { New } from '../../domain/storage';
import { versionOf, type Fields, type StoredItem } from './listClient';

/** Record ↔ list item fields. Optional values are written as null so an update clears them. */

const str = (value: unknown): string => (typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value));
const opt = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

export const groupFields = (g: New<Group>): Fields => ({
  RecordId: g.id, TeamId: g.teamId, Title: g.name, TenantId: g.tenantId ?? null, CreatedAt: g.createdAt, Language: g.language, RemovedAt: g.removedAt ?? null,
});
export const groupFrom = (item: StoredItem): Group => {
  const f = item.fields;
  return {
    id: str(f.RecordId), teamId: str(f.TeamId), name: str(f.Title), tenantId: opt(f.TenantId), createdAt: str(f.CreatedAt),
    language: f.Language === 'en' ? 'en' : 'sv', removedAt: opt(f.RemovedAt), version: versionOf(item),
  };
};

export const memberFields = (m: New<Member>): Fields => ({
  RecordId: m.id, GroupId: m.groupId, UserId: m.userId, AadObjectId: m.aadObjectId ?? null, Title: m.name, Initials: m.initials, Role: m.role, Membership: m.membership,
  LeftAt: m.leftAt ?? null,
});
export const memberFrom = (item: StoredItem): Member => {
  const f = item.fields;
  return {
    id: str(f.RecordId), groupId: str(f.GroupId), userId: str(f.UserId), aadObjectId: opt(f.AadObjectId), name: str(f.Title), initials: str(f.Initials),
    role: str(f.Role) as Member['role'], membership: str(f.Membership) as Member['membership'], leftAt: opt(f.LeftAt), version: versionOf(item),
  };
};

export const meetingFields = (m: New<Meeting>): Fields => ({
  RecordId: m.id, GroupId: m.groupId, Title: m.place, StartsAt: m.startsAt, EndsAt: m.endsAt, Online: m.online, AgendaDeadline: m.agendaDeadline, Status: m.status, CreatedAt: m.createdAt,
  JoinLink: m.joinLink ?? null, AgendaConfirmedAt: m.agendaConfirmedAt ?? null,
});
export const meetingFrom = (item: StoredItem): Meeting => {
  const f = item.fields;
  return {
    id: str(f.RecordId), groupId: str(f.GroupId), place: str(f.Title), startsAt: str(f.StartsAt), endsAt: str(f.EndsAt), online: f.Online === true,
    agendaDeadline: str(f.AgendaDeadline), status: str(f.Status) as Meeting['status'], createdAt: str(f.CreatedAt), joinLink: opt(f.JoinLink),
    agendaConfirmedAt: opt(f.AgendaConfirmedAt), version: versionOf(item),
  };
};

export const itemFields = (i: New<AgendaItem>): Fields => ({
  RecordId: i.id, MeetingId: i.meetingId, GroupId: i.groupId, Section: i.section, Title: i.title, Presenters: JSON.stringify(i.presenters),
  Minutes: i.minutes ?? null, Description: i.description ?? null, Link: i.link ?? null, SubmittedByMemberId: i.submittedByMemberId,
  SubmittedByName: i.submittedByName, SubmittedAt: i.submittedAt, Late: i.late, Status: i.status, SortOrder: i.order, FollowUpOf: i.followUpOf ?? null,
});
export const itemFrom = (item: StoredItem): AgendaItem => {
  const f = item.fields;
  return {
    id: str(f.RecordId), meetingId: str(f.MeetingId), groupId: str(f.GroupId), section: str(f.Section) as AgendaItem['section'], title: str(f.Title),
    presenters: f.Presenters ? (JSON.parse(str(f.Presenters)) as AgendaItem['presenters']) : [],
    minutes: typeof f.Minutes === 'number' ? f.Minutes : undefined, description: opt(f.Description), link: opt(f.Link),
    submittedByMemberId: str(f.SubmittedByMemberId), submittedByName: str(f.SubmittedByName), submittedAt: str(f.SubmittedAt),
    late: f.Late === true, status: str(f.Status) as AgendaItem['status'], order: typeof f.SortOrder === 'number' ? f.SortOrder : 0, followUpOf: opt(f.FollowUpOf),
    version: versionOf(item),
  };
};

/** Saving a conversation makes it reachable again: the undeliverable mark is cleared. */
export const conversationFields = (c: Omit<ConversationRecord, 'version' | 'greetedAt' | 'undeliverable'>): Fields => ({
  RecordId: c.conversationId, Title: c.scope, GroupId: c.groupId ?? null, Reference: JSON.stringify(c.reference), InstalledByUserId: c.installedByUserId ?? null, UpdatedAt: c.updatedAt,
  UserId: c.userId ?? null, Language: c.language ?? null, UndeliverableSince: null, UndeliverableReason: null,
});
export const conversationFrom = (item: StoredItem): ConversationRecord => {
  const f = item.fields;
  return {
    conversationId: str(f.RecordId), scope: str(f.Title) as ConversationRecord['scope'], groupId: opt(f.GroupId),
    reference: f.Reference ? (JSON.parse(str(f.Reference)) as Record<string, unknown>) : {}, installedByUserId: opt(f.InstalledByUserId),
    greetedAt: opt(f.GreetedAt), updatedAt: str(f.UpdatedAt), userId: opt(f.UserId), language: f.Language === 'en' ? 'en' : f.Language === 'sv' ? 'sv' : undefined,
    undeliverable: opt(f.UndeliverableSince) ? { since: str(f.UndeliverableSince), reason: str(f.UndeliverableReason) } : undefined, version: versionOf(item),
  };
};

export const reminderPlanFields = (p: New<ReminderPlan>): Fields => ({ RecordId: p.groupId, Title: p.groupId, Settings: JSON.stringify(p.settings), UpdatedAt: p.updatedAt });
export const reminderPlanFrom = (item: StoredItem): ReminderPlan => {
  const f = item.fields;
  return { groupId: str(f.RecordId), settings: JSON.parse(str(f.Settings)) as ReminderPlan['settings'], updatedAt: str(f.UpdatedAt), version: versionOf(item) };
};

export const outboxFields = (e: Omit<OutboxEntry, 'version'>): Fields => ({
  RecordId: e.id, EntryKey: e.key, GroupId: e.groupId, Title: e.kind, Target: JSON.stringify(e.target), Message: JSON.stringify(e.message), NotBefore: e.notBefore,
  UsefulUntil: e.usefulUntil, State: e.state, Attempts: e.attempts, ClaimedBy: e.claimedBy ?? null, LeaseUntil: e.leaseUntil ?? null, Reason: e.reason ?? null,
  Detail: e.detail ?? null, SentAt: e.sentAt ?? null, ActivityId: e.activityId ?? null, ConversationId: e.conversationId ?? null, CreatedAt: e.createdAt, UpdatedAt: e.updatedAt,
});
export const outboxFrom = (item: StoredItem): OutboxEntry => {
  const f = item.fields;
  return {
    id: str(f.RecordId), key: str(f.EntryKey), groupId: str(f.GroupId), kind: str(f.Title), target: JSON.parse(str(f.Target)) as OutboxEntry['target'],
    message: JSON.parse(str(f.Message)) as OutboxEntry['message'], notBefore: str(f.NotBefore), usefulUntil: str(f.UsefulUntil), state: str(f.State) as OutboxEntry['state'],
    attempts: typeof f.Attempts === 'number' ? f.Attempts : 0, claimedBy: opt(f.ClaimedBy), leaseUntil: opt(f.LeaseUntil), reason: opt(f.Reason) as OutboxEntry['reason'],
    detail: opt(f.Detail), sentAt: opt(f.SentAt), activityId: opt(f.ActivityId), conversationId: opt(f.ConversationId), createdAt: str(f.CreatedAt),
    updatedAt: str(f.UpdatedAt), version: versionOf(item),
  };
};

export const feedbackRequestFields = (q: New<FeedbackRequest>): Fields => ({
  RecordId: q.id, GroupId: q.groupId, MeetingId: q.meetingId ?? null, ItemId: q.itemId ?? null, ItemTitle: q.itemTitle ?? null, Title: q.question,
  Description: q.description ?? null, Link: q.link ?? null, Kind: q.kind, Choices: JSON.stringify(q.choices), Deadline: q.deadline, ReminderHours: q.reminderHours,
  OwnerMemberId: q.ownerMemberId, OwnerUserId: q.ownerUserId, OwnerName: q.ownerName, Audience: q.audience, NamedMemberIds: JSON.stringify(q.namedMemberIds),
  CreatedByMemberId: q.createdByMemberId, CreatedAt: q.createdAt, WithdrawnAt: q.withdrawnAt ?? null, WithdrawnByName: q.withdrawnByName ?? null,
  SettledAt: q.settledAt ?? null, Phase: q.settledAt ? 'settled' : 'active',
});
export const feedbackRequestFrom = (item: StoredItem): FeedbackRequest => {
  const f = item.fields;
  return {
    id: str(f.RecordId), groupId: str(f.GroupId), meetingId: opt(f.MeetingId), itemId: opt(f.ItemId), itemTitle: opt(f.ItemTitle), question: str(f.Title),
    description: opt(f.Description), link: opt(f.Link), kind: str(f.Kind) as FeedbackRequest['kind'], choices: f.Choices ? (JSON.parse(str(f.Choices)) as string[]) : [],
    deadline: str(f.Deadline), reminderHours: typeof f.ReminderHours === 'number' ? f.ReminderHours : 24, ownerMemberId: str(f.OwnerMemberId),
    ownerUserId: str(f.OwnerUserId), ownerName: str(f.OwnerName), audience: str(f.Audience) as FeedbackRequest['audience'],
    namedMemberIds: f.NamedMemberIds ? (JSON.parse(str(f.NamedMemberIds)) as string[]) : [], createdByMemberId: str(f.CreatedByMemberId), createdAt: str(f.CreatedAt),
    withdrawnAt: opt(f.WithdrawnAt), withdrawnByName: opt(f.WithdrawnByName), settledAt: opt(f.SettledAt), version: versionOf(item),
  };
};

/** What makes an answer one per person: the request and the person's Teams user id. */
export const answerKey = (requestId: string, userId: string): string => `${requestId}/${userId}`;

export const feedbackAnswerFields = (a: New<FeedbackAnswer>): Fields => ({
  RecordId: a.id, AnswerKey: answerKey(a.requestId, a.userId), RequestId: a.requestId, GroupId: a.groupId, MemberId: a.memberId, UserId: a.userId, Title: a.name,
  Choice: a.choice ?? null, Comment: a.comment ?? null, AnsweredAt: a.answeredAt, ChangedAt: a.changedAt,
});
export const feedbackAnswerFrom = (item: StoredItem): FeedbackAnswer => {
  const f = item.fields;
  return {
    id: str(f.RecordId), requestId: str(f.RequestId), groupId: str(f.GroupId), memberId: str(f.MemberId), userId: str(f.UserId), name: str(f.Title),
    choice: opt(f.Choice), comment: opt(f.Comment), answeredAt: str(f.AnsweredAt), changedAt: str(f.ChangedAt), version: versionOf(item),
  };
};
