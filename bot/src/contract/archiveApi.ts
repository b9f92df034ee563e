/**
 * The archive over /api/tab/groups/:groupId/archive/…: types only, shared by the server
 * and the tab. The archive is the group's published minutes: members of the group (LG
 * and SG) read it; a guest, who sees only the items they present, is refused
 * (403 `notAllowed`). Dates are UTC instants; terms and overdue are Europe/Stockholm.
 */
import type { MeetingStatusCode, SectionCode } from './tabApi';
import type { PersonJson } from './minutesApi';

/** Vårtermin (January–June) and hösttermin (July–December), the school year's halves. */
export type TermKind = 'vt' | 'ht';

export interface TermRef {
  kind: TermKind;
  year: number;
  /** "ht2026": the value of `?term=` in every archive query. */
  key: string;
}

/** GET /api/tab/groups/:groupId/archive/terms — the terms the group has met in, newest first, and the newest term's meetings. */
export interface ArchiveTermsResponse {
  group: { groupId: string; name: string };
  terms: (TermRef & { meetings: number; published: number })[];
  /** The first page: the newest term that has published minutes (else the newest term). */
  shown?: ArchiveTermResponse;
}

/** GET /api/tab/groups/:groupId/archive/terms/:term — one term's meetings, oldest first. */
export interface ArchiveTermResponse {
  term: TermRef;
  meetings: ArchiveMeeting[];
}

export interface ArchiveMeeting {
  meetingId: string;
  startsAt: string;
  endsAt: string;
  place: string;
  status: MeetingStatusCode;
  /** 0 when no minutes are published; the minutes open through the minutes API (…/meetings/:meetingId/minutes?version=n). */
  publishedVersion: number;
  /** How many versions are kept (corrections make new ones). */
  versions: number;
  decisions: number;
}

/** Where a hit was found. */
export type SearchHitKind = 'title' | 'description' | 'notes' | 'decision' | 'notice';

/** GET /api/tab/groups/:groupId/archive/search?q=…[&term=ht2026] */
export interface SearchResponse {
  query: string;
  /** True when more hits than `hits` exist (the first 50 are sent, newest first). */
  more: boolean;
  hits: SearchHit[];
}

export interface SearchHit {
  meetingId: string;
  meetingStartsAt: string;
  itemId: string;
  /** The item's number on the agenda, when it has one. */
  number?: number;
  section: SectionCode;
  itemTitle: string;
  kind: SearchHitKind;
  /** The text around the hit (at most about 200 characters), with where each match lies in it. */
  context: string;
  marks: { start: number; end: number }[];
  /** The published version the hit is in; absent for an item on a meeting without published minutes. */
  version?: number;
}

/** GET /api/tab/groups/:groupId/archive/decisions[?term=ht2026][&q=…] — every decision in published minutes, newest first. */
export interface DecisionLogResponse {
  terms: TermRef[];
  decisions: DecisionJson[];
}

export interface DecisionJson {
  meetingId: string;
  meetingStartsAt: string;
  version: number;
  itemId: string;
  number?: number;
  itemTitle: string;
  text: string;
}

/** GET /api/tab/groups/:groupId/archive/follow-ups[?done=true] — actions and follow-ups across meetings. */
export interface FollowUpsResponse {
  /** Coordinators (chair, secretary) mark any action done; an owner their own. */
  viewer: { memberId: string; canMarkAny: boolean };
  actions: ArchiveAction[];
  /** Items taken up again at a later meeting ("tas upp igen"). */
  followUps: ArchiveFollowUp[];
}

export interface ArchiveAction {
  actionId: string;
  meetingId: string;
  meetingStartsAt: string;
  itemTitle: string;
  what: string;
  owner: PersonJson;
  /** YYYY-MM-DD */
  due?: string;
  done: boolean;
  /** Not done and due before today. */
  overdue: boolean;
  version: string;
  /** Whether the signed-in person may mark it done or open again. */
  canMark: boolean;
}

export interface ArchiveFollowUp {
  followUpId: string;
  meetingId: string;
  meetingStartsAt: string;
  itemTitle: string;
  targetMeetingId: string;
  targetStartsAt: string;
  /** The later meeting has been held. */
  held: boolean;
}

/** PUT /api/tab/groups/:groupId/archive/actions/:actionId — `{ version, done }`; 409 `editConflict` with `current` when someone changed it first. */
export interface MarkActionRequest {
  version: string;
  done: boolean;
}

/**
 * POST /api/tab/groups/:groupId/meetings/:meetingId/minutes/export[?version=n] — a signed,
 * short-lived link the browser opens to download the minutes as Word (.docx); no token
 * is needed to follow it, so it works from Teams' embedded browser.
 */
export interface ExportLinkResponse {
  url: string;
  fileName: string;
}
