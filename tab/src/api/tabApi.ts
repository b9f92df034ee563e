import type {
  ActionJson,
  ActionRequest,
  AttendanceRequest,
  AttendanceSaved,
  CorrectionRequest,
  CorrectionStarted,
  FollowUpJson,
  FollowUpRequest,
  ItemMinutesRequest,
  ItemMinutesSaved,
  MeetingsResponse,
  MinutesResponse,
  MyActionsResponse,
  PublishedAnswer,
} from '../../../bot/src/contract/minutesApi';
import type {
  ArchiveAction,
  ArchiveTermResponse,
  ArchiveTermsResponse,
  DecisionLogResponse,
  ExportLinkResponse,
  FollowUpsResponse,
  MarkActionRequest,
  SearchResponse,
} from '../../../bot/src/contract/archiveApi';
import type { MeResponse, NextMeetingResponse, TabApiError } from '../../../bot/src/contract/tabApi';
import type { Host } from '../host/teamsHost';

/** Why the tab could not show what it asked for; `message` is already in the user's language when the server sent it. */
export type TabFailure =
  | { kind: 'api'; status: number; code: string; message: string; problems?: string[]; current?: unknown }
  | { kind: 'network' }
  | { kind: 'signIn' };

export class TabFailureError extends Error {
  constructor(readonly failure: TabFailure) {
    super(failure.kind);
    this.name = 'TabFailureError';
  }
}

/** Worth trying again by itself: the network or the server, not what was sent. */
export const isPassing = (failure: TabFailure): boolean => failure.kind === 'network' || (failure.kind === 'api' && failure.status >= 500);

export interface TabApi {
  me(): Promise<MeResponse>;
  nextMeeting(groupId: string): Promise<NextMeetingResponse>;
  meetings(groupId: string): Promise<MeetingsResponse>;
  minutes(groupId: string, meetingId: string, version?: number): Promise<MinutesResponse>;
  myActions(): Promise<MyActionsResponse>;
  saveAttendance(groupId: string, meetingId: string, request: AttendanceRequest): Promise<AttendanceSaved>;
  saveItem(groupId: string, meetingId: string, itemId: string, request: ItemMinutesRequest): Promise<ItemMinutesSaved>;
  addAction(groupId: string, meetingId: string, request: ActionRequest): Promise<ActionJson>;
  updateAction(groupId: string, meetingId: string, actionId: string, request: ActionRequest): Promise<ActionJson>;
  removeAction(groupId: string, meetingId: string, actionId: string, version: string): Promise<void>;
  addFollowUp(groupId: string, meetingId: string, request: FollowUpRequest): Promise<FollowUpJson>;
  removeFollowUp(groupId: string, meetingId: string, followUpId: string): Promise<void>;
  publish(groupId: string, meetingId: string): Promise<PublishedAnswer>;
  correct(groupId: string, meetingId: string, request: CorrectionRequest): Promise<CorrectionStarted>;
  exportMinutes(groupId: string, meetingId: string, version?: number): Promise<ExportLinkResponse>;
  archiveTerms(groupId: string): Promise<ArchiveTermsResponse>;
  archiveTerm(groupId: string, term: string): Promise<ArchiveTermResponse>;
  search(groupId: string, query: string, term?: string): Promise<SearchResponse>;
  decisions(groupId: string, filter: { term?: string; query?: string }): Promise<DecisionLogResponse>;
  followUps(groupId: string, withDone: boolean): Promise<FollowUpsResponse>;
  markAction(groupId: string, actionId: string, request: MarkActionRequest): Promise<ArchiveAction>;
}

const isApiError = (value: unknown): value is TabApiError =>
  typeof (value as TabApiError | undefined)?.error?.message === 'string' && typeof (value as TabApiError).error.code === 'string';

const groupPath = (groupId: string): string => `/api/tab/groups/${encodeURIComponent(groupId)}`;
const archivePath = (groupId: string): string => `${groupPath(groupId)}/archive`;
const minutesPath = (groupId: string, meetingId: string): string => `${groupPath(groupId)}/meetings/${encodeURIComponent(meetingId)}/minutes`;

/** `?a=1&b=2` of the values given, or nothing. */
function queryOf(values: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) query.set(name, value);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Calls the server's /api/tab/… with the Teams SSO token and the tab's language. */
export function createTabApi(host: Host): TabApi {
  const call = async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> => {
    let token: string | undefined;
    if (host.getToken) {
      try {
        token = await host.getToken();
      } catch {
        throw new TabFailureError({ kind: 'signIn' });
      }
    }
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        headers: {
          Accept: 'application/json',
          'Accept-Language': host.locale === 'en' ? 'en-US' : 'sv-SE',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
      });
    } catch {
      throw new TabFailureError({ kind: 'network' });
    }
    const answer: unknown = await response.json().catch(() => undefined);
    if (response.ok && answer !== undefined) return answer as T;
    if (isApiError(answer)) {
      const { code, message, problems, current } = answer.error;
      throw new TabFailureError({ kind: 'api', status: response.status, code, message, ...(problems ? { problems } : {}), ...(current !== undefined ? { current } : {}) });
    }
    throw new TabFailureError(response.status >= 500 || response.status === 0 ? { kind: 'network' } : { kind: 'api', status: response.status, code: 'unknown', message: '' });
  };
  const get = <T>(path: string): Promise<T> => call<T>('GET', path);
  return {
    me: () => get<MeResponse>('/api/tab/me'),
    nextMeeting: (groupId) => get<NextMeetingResponse>(`${groupPath(groupId)}/next-meeting`),
    meetings: (groupId) => get<MeetingsResponse>(`${groupPath(groupId)}/meetings`),
    minutes: (groupId, meetingId, version) => get<MinutesResponse>(`${minutesPath(groupId, meetingId)}${version === undefined ? '' : `?version=${version}`}`),
    myActions: () => get<MyActionsResponse>('/api/tab/me/actions'),
    saveAttendance: (groupId, meetingId, request) => call('PUT', `${minutesPath(groupId, meetingId)}/attendance`, request),
    saveItem: (groupId, meetingId, itemId, request) => call('PUT', `${minutesPath(groupId, meetingId)}/items/${encodeURIComponent(itemId)}`, request),
    addAction: (groupId, meetingId, request) => call('POST', `${minutesPath(groupId, meetingId)}/actions`, request),
    updateAction: (groupId, meetingId, actionId, request) => call('PUT', `${minutesPath(groupId, meetingId)}/actions/${encodeURIComponent(actionId)}`, request),
    removeAction: async (groupId, meetingId, actionId, version) => {
      await call('DELETE', `${minutesPath(groupId, meetingId)}/actions/${encodeURIComponent(actionId)}`, undefined, { 'If-Match': version });
    },
    addFollowUp: (groupId, meetingId, request) => call('POST', `${minutesPath(groupId, meetingId)}/follow-ups`, request),
    removeFollowUp: async (groupId, meetingId, followUpId) => {
      await call('DELETE', `${minutesPath(groupId, meetingId)}/follow-ups/${encodeURIComponent(followUpId)}`);
    },
    publish: (groupId, meetingId) => call('POST', `${minutesPath(groupId, meetingId)}/publish`, {}),
    correct: (groupId, meetingId, request) => call('POST', `${minutesPath(groupId, meetingId)}/corrections`, request),
    exportMinutes: (groupId, meetingId, version) => call('POST', `${minutesPath(groupId, meetingId)}/export${queryOf({ version: version?.toString() })}`, {}),
    archiveTerms: (groupId) => get(`${archivePath(groupId)}/terms`),
    archiveTerm: (groupId, term) => get(`${archivePath(groupId)}/terms/${encodeURIComponent(term)}`),
    search: (groupId, query, term) => get(`${archivePath(groupId)}/search${queryOf({ q: query, term })}`),
    decisions: (groupId, { term, query }) => get(`${archivePath(groupId)}/decisions${queryOf({ term, q: query })}`),
    followUps: (groupId, withDone) => get(`${archivePath(groupId)}/follow-ups${withDone ? '?done=true' : ''}`),
    markAction: (groupId, actionId, request) => call('PUT', `${archivePath(groupId)}/actions/${encodeURIComponent(actionId)}`, request),
  };
}
