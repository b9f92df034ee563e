import type { AgendaItem, ConversationRecord, Group, Meeting, Member } from '../../domain/model';

/** Column ↔ field mapping; SQLite has no booleans or JSON, so those are encoded here only. */

export type Row = Record<string, unknown>;
const opt = <T>(value: unknown): T | undefined => (value === null || value === undefined ? undefined : (value as T));

export const groupFromRow = (r: Row): Group => ({
  id: r.id as string,
  teamId: r.team_id as string,
  name: r.name as string,
  tenantId: opt(r.tenant_id),
  createdAt: r.created_at as string,
  language: r.language as Group['language'],
  removedAt: opt(r.removed_at),
  version: String(r.version),
});

export const groupParams = (g: Omit<Group, 'version'>): Row => ({
  id: g.id,
  team_id: g.teamId,
  name: g.name,
  tenant_id: g.tenantId ?? null,
  created_at: g.createdAt,
  language: g.language,
  removed_at: g.removedAt ?? null,
});

export const memberFromRow = (r: Row): Member => ({
  id: r.id as string,
  groupId: r.group_id as string,
  userId: r.user_id as string,
  aadObjectId: opt(r.aad_object_id),
  name: r.name as string,
  initials: r.initials as string,
  role: r.role as Member['role'],
  membership: r.membership as Member['membership'],
  leftAt: opt(r.left_at),
  version: String(r.version),
});

export const meetingFromRow = (r: Row): Meeting => ({
  id: r.id as string,
  groupId: r.group_id as string,
  startsAt: r.starts_at as string,
  endsAt: r.ends_at as string,
  place: r.place as string,
  online: r.online === 1,
  agendaDeadline: r.agenda_deadline as string,
  status: r.status as Meeting['status'],
  createdAt: r.created_at as string,
  joinLink: opt(r.join_link),
  agendaConfirmedAt: opt(r.agenda_confirmed_at),
  version: String(r.version),
});

export const itemFromRow = (r: Row): AgendaItem => ({
  id: r.id as string,
  meetingId: r.meeting_id as string,
  groupId: r.group_id as string,
  section: r.section as AgendaItem['section'],
  title: r.title as string,
  presenters: JSON.parse(r.presenters as string) as AgendaItem['presenters'],
  minutes: opt(r.minutes),
  description: opt(r.description),
  link: opt(r.link),
  submittedByMemberId: r.submitted_by_member_id as string,
  submittedByName: r.submitted_by_name as string,
  submittedAt: r.submitted_at as string,
  late: r.late === 1,
  status: r.status as AgendaItem['status'],
  order: r.sort_order as number,
  followUpOf: opt(r.follow_up_of),
  version: String(r.version),
});

export const conversationFromRow = (r: Row): ConversationRecord => ({
  conversationId: r.conversation_id as string,
  scope: r.scope as ConversationRecord['scope'],
  groupId: opt(r.group_id),
  reference: JSON.parse(r.reference as string) as Record<string, unknown>,
  installedByUserId: opt(r.installed_by_user_id),
  greetedAt: opt(r.greeted_at),
  updatedAt: r.updated_at as string,
  userId: opt(r.user_id),
  language: opt(r.language),
  undeliverable: r.undeliverable_since ? { since: r.undeliverable_since as string, reason: (r.undeliverable_reason as string | null) ?? '' } : undefined,
  version: String(r.version),
});

export const itemParams = (i: Omit<AgendaItem, 'version'>): Row => ({
  id: i.id,
  meeting_id: i.meetingId,
  group_id: i.groupId,
  section: i.section,
  title: i.title,
  presenters: JSON.stringify(i.presenters),
  minutes: i.minutes ?? null,
  description: i.description ?? null,
  link: i.link ?? null,
  submitted_by_member_id: i.submittedByMemberId,
  submitted_by_name: i.submittedByName,
  submitted_at: i.submittedAt,
  late: i.late ? 1 : 0,
  status: i.status,
  sort_order: i.order,
  follow_up_of: i.followUpOf ?? null,
});

export const meetingParams = (m: Omit<Meeting, 'version'>): Row => ({
  id: m.id,
  group_id: m.groupId,
  starts_at: m.startsAt,
  ends_at: m.endsAt,
  place: m.place,
  online: m.online ? 1 : 0,
  agenda_deadline: m.agendaDeadline,
  status: m.status,
  created_at: m.createdAt,
  join_link: m.joinLink ?? null,
  agenda_confirmed_at: m.agendaConfirmedAt ?? null,
});

export const memberParams = (m: Omit<Member, 'version'>): Row => ({
  id: m.id,
  group_id: m.groupId,
  user_id: m.userId,
  aad_object_id: m.aadObjectId ?? null,
  name: m.name,
  initials: m.initials,
  role: m.role,
  membership: m.membership,
  left_at: m.leftAt ?? null,
});
