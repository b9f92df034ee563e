/**
 * What the tab and the server say to each other over /api/tab/…: types only, shared
 * by both sides. The tab imports nothing else from the server, so this folder imports
 * nothing either. Codes are the server's ASCII codes; the tab localizes them.
 */

export type SectionCode = 'fast' | 'beslut' | 'information' | 'diskussion' | 'kortkort';
export type RoleCode = 'ordforande' | 'sekreterare' | 'ledamot';
export type MembershipCode = 'LG' | 'SG' | 'gast';
export type ItemStatusCode = 'anmald' | 'godkand' | 'flyttad' | 'avvisad';
export type MeetingStatusCode = 'planerat' | 'genomfort' | 'installt';

/** GET /api/tab/me */
export interface MeResponse {
  user: { name: string; aadObjectId: string; tenantId: string };
  /** True only in local mode without sign-on settings: the demo group's secretary stands in for the user. */
  developmentIdentity: boolean;
  groups: MyGroup[];
}

export interface MyGroup {
  groupId: string;
  /** The Teams team's id (19:…@thread.tacv2), what teams-js calls the team's internalId. */
  teamId: string;
  name: string;
  role: RoleCode;
  membership: MembershipCode;
  /** Chair and secretary write and publish; everyone else reads. */
  canWrite: boolean;
}

/** GET /api/tab/groups/:groupId/next-meeting */
export interface NextMeetingResponse {
  group: { groupId: string; name: string };
  viewer: {
    role: RoleCode;
    membership: MembershipCode;
    canWrite: boolean;
    /** A guest sees only the items they present. */
    onlyOwnItems: boolean;
  };
  /** Absent when no meeting is planned. */
  meeting?: MeetingAgenda;
  /** The meeting's feedback requests that still take answers, soonest deadline first; absent for guests. */
  feedback?: OpenFeedback[];
}

/** A question to the group with a deadline ("synpunkter"), as the tab lists it. */
export interface OpenFeedback {
  requestId: string;
  question: string;
  /** The agenda item it is about, if any. */
  itemTitle?: string;
  /** UTC instant; the tab shows it in Europe/Stockholm. */
  deadline: string;
  answered: number;
  asked: number;
}

export interface MeetingAgenda {
  meetingId: string;
  /** UTC instants; the tab shows them in Europe/Stockholm. */
  startsAt: string;
  endsAt: string;
  place: string;
  online: boolean;
  agendaDeadline: string;
  status: MeetingStatusCode;
  /**
   * The agenda as the agenda card shows it, in its order and with its numbers: opening
   * standing items, BESLUT (always, even empty), INFORMATION, DISKUSSION, KORT, KORT
   * (one number), closing standing items. A guest's parts hold only their own items.
   */
  parts: AgendaPart[];
  /** Moved or rejected items, listed apart and not counted. */
  setAside: SetAsideItem[];
  timePlan: TimePlan;
}

export type AgendaPart =
  /** Standing items without a heading ("Inledning", "Summering och utcheckning"). */
  | { kind: 'fixed'; items: AgendaEntry[] }
  | { kind: 'section'; section: 'beslut' | 'information' | 'diskussion'; items: AgendaEntry[] }
  /** The kort kort list: one number on the agenda for all its notices. */
  | { kind: 'notices'; number: number; notices: AgendaNotice[] };

export interface PresenterInfo {
  name: string;
  initials: string;
}

export interface AgendaEntry {
  itemId: string;
  /** 1, 2, 3… across sections, as on the agenda card. */
  number: number;
  title: string;
  presenters: PresenterInfo[];
  minutes?: number;
  description?: string;
  link?: string;
  /** Submitted after the agenda deadline. */
  late: boolean;
  status: ItemStatusCode;
  /** Taken up again from an earlier meeting's minutes ("uppföljning"). */
  followUp: boolean;
}

export interface AgendaNotice {
  itemId: string;
  text: string;
  presenters: PresenterInfo[];
  late: boolean;
}

export interface SetAsideItem {
  itemId: string;
  title: string;
  status: ItemStatusCode;
}

/** The items back to back from the meeting's start, against the meeting's length. */
export interface TimePlan {
  rows: TimePlanRow[];
  plannedMinutes: number;
  meetingMinutes: number;
  /** How far the planned time runs past the meeting's end; 0 when it fits. */
  overMinutes: number;
}

export interface TimePlanRow {
  itemId: string;
  number: number;
  title: string;
  /** When the item starts if every item before it keeps its time. */
  startsAt: string;
  minutes?: number;
}

export type TabApiErrorCode =
  | 'tokenMissing'
  | 'tokenInvalid'
  | 'tokenExpired'
  | 'insufficientScope'
  | 'noAccess'
  | 'notFound'
  | 'unavailable'
  | 'internal'
  // The minutes: what a write can be answered.
  | 'invalidInput'
  | 'notAllowed'
  | 'editConflict'
  | 'minutesLocked'
  | 'alreadyPublished'
  | 'gone'
  | 'badRequest'
  | 'bodyTooLarge'
  | 'unsupportedMediaType';

/** Every error the tab API answers, with a message in the language Accept-Language asked for (Swedish unless English). */
export interface TabApiError {
  error: {
    code: TabApiErrorCode;
    message: string;
    /** Each problem with what was sent, when there were several (invalidInput). */
    problems?: string[];
    /** editConflict: what is stored now, in the shape the write would have answered. */
    current?: unknown;
  };
}
