/**
 * The minutes over /api/tab/groups/:groupId/…: types only, shared by the server and
 * the tab. Every write carries the version its writer saw; an edit made on top of
 * someone else's is answered 409 `editConflict` with what is stored now (`current`).
 */
import type { MeetingStatusCode, MembershipCode, PresenterInfo, RoleCode } from './tabApi';

export type MinutesStateCode = 'none' | 'draft' | 'published' | 'correcting';
export type AttendanceGroupCode = 'LG' | 'SG' | 'extra';
export type PresenceCode = 'present' | 'remote' | 'partTime' | 'absent';

export interface MinutesViewer {
  role: RoleCode;
  membership: MembershipCode;
  /** The chair and the secretary write, publish and correct; they also see drafts. */
  canWrite: boolean;
  /** A guest sees only the items they present. */
  onlyOwnItems: boolean;
}

/** GET /api/tab/groups/:groupId/meetings — the group's meetings, newest first, with their minutes' state. */
export interface MeetingsResponse {
  group: { groupId: string; name: string };
  viewer: MinutesViewer;
  meetings: MeetingSummary[];
  /** Whose minutes to open on: the latest meeting that has begun (being written, or the last held), else the next. */
  current?: string;
}

export interface MeetingSummary {
  meetingId: string;
  startsAt: string;
  endsAt: string;
  place: string;
  status: MeetingStatusCode;
  minutes: MinutesStateCode;
  /** 0 until the minutes are first published. */
  publishedVersion: number;
}

/** A member of the group (by id) or a person named in the minutes. */
export interface PersonJson {
  memberId?: string;
  name: string;
}

export interface AttendeeJson extends PersonJson {
  group: AttendanceGroupCode;
  presence: PresenceCode;
  /** "13–15.00", "punkt 4". */
  part?: string;
}

export interface LinkJson {
  url: string;
  title?: string;
}

export interface MinutesItemJson {
  itemId: string;
  /** The number on the agenda; kort kort notices share their list's number. */
  number?: number;
  title: string;
  presenters: PresenterInfo[];
  notes: string[];
  decisions: string[];
  links: LinkJson[];
  /** Later meetings the item is taken up again at. */
  followUps: { targetMeetingId: string; startsAt: string }[];
  actions: { actionId: string; what: string; owner: PersonJson; due?: string }[];
}

export type MinutesPartJson =
  | { kind: 'fixed'; items: MinutesItemJson[] }
  | { kind: 'section'; section: 'beslut' | 'information' | 'diskussion'; items: MinutesItemJson[] }
  | { kind: 'notices'; number: number; items: MinutesItemJson[] };

/** The minutes laid out as the group's own: header, attendance, items by section, who took them. */
export interface MinutesDocument {
  groupName: string;
  startsAt: string;
  endsAt: string;
  place: string;
  attendance: AttendeeJson[];
  takenBy?: PersonJson;
  parts: MinutesPartJson[];
}

export interface VersionSummary {
  number: number;
  publishedAt: string;
  publishedBy: string;
  /** Why it corrects the version before it. */
  reason?: string;
}

/**
 * GET /api/tab/groups/:groupId/meetings/:meetingId/minutes[?version=n]; `current` for the
 * meeting id asks for the meeting Protokoll opens on (MeetingsResponse.current) in the same call.
 */
export interface MinutesResponse {
  group: { groupId: string; name: string };
  viewer: MinutesViewer;
  meeting: { meetingId: string; startsAt: string; endsAt: string; place: string; status: MeetingStatusCode };
  state: MinutesStateCode;
  versions: VersionSummary[];
  /** What `minutes` holds: a published version, or (chair and secretary) the minutes as they are being written. */
  shown?: { kind: 'published'; version: number } | { kind: 'working' };
  /** Absent when a member asks before the minutes are published. */
  minutes?: MinutesDocument;
  /** The chair and the secretary: what they edit, with the versions their edits carry. */
  editing?: MinutesEditing;
}

export interface MinutesEditing {
  /** The minutes record's version (attendance, who takes them, state); absent before anything is written. */
  version?: string;
  correctionReason?: string;
  members: { memberId: string; name: string; initials: string; membership: MembershipCode }[];
  items: ItemMinutesSaved[];
  actions: ActionJson[];
  followUps: FollowUpJson[];
  /** Planned meetings after this one, where an item can be taken up again. */
  laterMeetings: { meetingId: string; startsAt: string; place: string }[];
}

/** PUT …/minutes/attendance */
export interface AttendanceRequest {
  version?: string;
  attendance: AttendeeJson[];
  takenBy?: PersonJson;
}

export interface AttendanceSaved {
  version: string;
  attendance: AttendeeJson[];
  takenBy?: PersonJson;
}

/** PUT …/minutes/items/:itemId */
export interface ItemMinutesRequest {
  /** The version the writer saw; absent when nothing had been saved for the item. */
  version?: string;
  /** Paragraphs separated by blank lines. */
  notes: string;
  decisions: string[];
  links: LinkJson[];
  /** Save the item without any minutes (an empty save is refused otherwise). */
  clear?: boolean;
}

export interface ItemMinutesSaved {
  itemId: string;
  version?: string;
  /** The notes as one text, paragraphs separated by blank lines. */
  notes: string;
  decisions: string[];
  links: LinkJson[];
  updatedAt?: string;
  updatedBy?: string;
}

/** POST …/minutes/actions (a new id from the tab, so a retry adds it once); PUT …/minutes/actions/:actionId */
export interface ActionRequest {
  actionId?: string;
  itemId?: string;
  version?: string;
  what?: string;
  owner?: PersonJson;
  /** YYYY-MM-DD */
  due?: string;
  done?: boolean;
}

export interface ActionJson {
  actionId: string;
  itemId: string;
  what: string;
  owner: PersonJson;
  due?: string;
  done: boolean;
  version: string;
}

/** POST …/minutes/follow-ups */
export interface FollowUpRequest {
  followUpId: string;
  itemId: string;
  targetMeetingId: string;
}

export interface FollowUpJson {
  followUpId: string;
  itemId: string;
  targetMeetingId: string;
  startsAt: string;
}

/** POST …/minutes/publish */
export interface PublishedAnswer {
  version: VersionSummary;
}

/** POST …/minutes/corrections */
export interface CorrectionRequest {
  version?: string;
  reason: string;
}

export interface CorrectionStarted {
  version: string;
  state: MinutesStateCode;
  correctionReason: string;
}

/** GET /api/tab/me/actions — the signed-in person's open actions in published minutes, in every group. */
export interface MyActionsResponse {
  actions: MyAction[];
}

export interface MyAction {
  actionId: string;
  groupId: string;
  groupName: string;
  meetingId: string;
  meetingStartsAt: string;
  itemTitle: string;
  what: string;
  due?: string;
  /** Due before today (Stockholm). */
  overdue: boolean;
}
