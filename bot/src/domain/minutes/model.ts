import type { Presenter, Section, Versioned } from '../model';

/**
 * The minutes (anteckningar) of a meeting, as the group writes them: who attended,
 * what was said and decided per agenda item, what happens next and who does it.
 * Minutes are public records: once published they are locked, a correction makes a
 * new version with its reason, and every published version is kept as it was.
 */
export const MINUTES_STATES = ['draft', 'published', 'correcting'] as const;
export type MinutesState = (typeof MINUTES_STATES)[number];

/** How the minutes group the participants: the leadership group, the steering group, extra participants. */
export const ATTENDANCE_GROUPS = ['LG', 'SG', 'extra'] as const;
export type AttendanceGroup = (typeof ATTENDANCE_GROUPS)[number];

/** Present in the room, remote ("deltog via Teams"), part of the time ("deltog 13–15.00"), or absent. */
export const PRESENCES = ['present', 'remote', 'partTime', 'absent'] as const;
export type Presence = (typeof PRESENCES)[number];

/** Someone the minutes name: a member of the group, or a person named by the secretary. */
export interface PersonRef {
  memberId?: string;
  name: string;
}

export interface Attendee extends PersonRef {
  group: AttendanceGroup;
  presence: Presence;
  /** What part of the day or which items: "13–15.00", "punkt 4". */
  part?: string;
}

/** One record per meeting: its header, attendance and state. */
export interface Minutes extends Versioned {
  meetingId: string;
  groupId: string;
  state: MinutesState;
  attendance: Attendee[];
  /** "Vid anteckningarna": who took the minutes. */
  takenBy?: PersonRef;
  /** The latest published version; 0 until the first publication. */
  publishedVersion: number;
  /** Why the published minutes are being corrected (state `correcting`). */
  correctionReason?: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: PersonRef;
}

export interface DocumentLink {
  url: string;
  title?: string;
}

/** What the minutes say about one agenda item. */
export interface ItemMinutes extends Versioned {
  itemId: string;
  meetingId: string;
  groupId: string;
  /** The notes, paragraph by paragraph. */
  notes: string[];
  /** "Beslut: …", as taken. */
  decisions: string[];
  links: DocumentLink[];
  updatedAt: string;
  updatedBy: PersonRef;
}

/** Something someone does after the meeting ("Marie sammanställer och skickar kommentarerna"). */
export interface MinutesAction extends Versioned {
  id: string;
  groupId: string;
  meetingId: string;
  itemId: string;
  what: string;
  owner: PersonRef;
  /** A local date, YYYY-MM-DD; absent when none was set ("när man kommit längre"). */
  due?: string;
  done: boolean;
  createdAt: string;
  createdBy: PersonRef;
  updatedAt: string;
}

/** "Tas upp igen om två veckor": the item is on a later meeting's agenda, marked as a follow-up. */
export interface FollowUp extends Versioned {
  id: string;
  groupId: string;
  /** Where it was decided: the meeting and its item. */
  meetingId: string;
  itemId: string;
  /** The later meeting and the agenda item put there. */
  targetMeetingId: string;
  agendaItemId: string;
  createdAt: string;
  createdBy: PersonRef;
}

/** One agenda item as published. */
export interface PublishedItem {
  itemId: string;
  /** Its number on the agenda; kort kort notices share the list's number. */
  number?: number;
  section: Section;
  title: string;
  presenters: Presenter[];
  notes: string[];
  decisions: string[];
  links: DocumentLink[];
  followUps: { targetMeetingId: string; startsAt: string }[];
  actions: { id: string; what: string; owner: PersonRef; due?: string }[];
}

export type PublishedPart =
  | { kind: 'fixed'; items: PublishedItem[] }
  | { kind: 'section'; section: 'beslut' | 'information' | 'diskussion'; items: PublishedItem[] }
  | { kind: 'notices'; number: number; items: PublishedItem[] };

/** Everything a version shows, as it was when published: header, attendance and the items by section. */
export interface MinutesSnapshot {
  groupName: string;
  meeting: { startsAt: string; endsAt: string; place: string };
  attendance: Attendee[];
  takenBy?: PersonRef;
  parts: PublishedPart[];
}

/** A published version: never changed, never removed. */
export interface MinutesVersion {
  meetingId: string;
  groupId: string;
  number: number;
  publishedAt: string;
  publishedBy: PersonRef;
  /** Why this version corrects the one before it; absent on the first. */
  reason?: string;
  snapshot: MinutesSnapshot;
}

export const personRef = (member: { id: string; name: string }): PersonRef => ({ memberId: member.id, name: member.name });

export const isEmptyItemMinutes = (item: Pick<ItemMinutes, 'notes' | 'decisions' | 'links'>): boolean =>
  item.notes.length === 0 && item.decisions.length === 0 && item.links.length === 0;

/** Not done, and due before today (a Stockholm date, YYYY-MM-DD): the personal tab and the follow-up list mark it. */
export const isOverdue = (action: Pick<MinutesAction, 'done' | 'due'>, today: string): boolean => !action.done && action.due !== undefined && action.due < today;
