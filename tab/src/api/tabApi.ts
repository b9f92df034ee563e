import type { MeResponse, NextMeetingResponse, TabApiError } from '../../../bot/src/contract/tabApi';
import type { Host } from '../host/teamsHost';

/** Why the tab could not show what it asked for; `message` is already in the user's language when the server sent it. */
export type TabFailure =
  | { kind: 'api'; status: number; code: string; message: string }
  | { kind: 'network' }
  | { kind: 'signIn' };

export class TabFailureError extends Error {
  constructor(readonly failure: TabFailure) {
    super(failure.kind);
    this.name = 'TabFailureError';
  }
}

export interface TabApi {
  me(): Promise<MeResponse>;
  nextMeeting(groupId: string): Promise<NextMeetingResponse>;
}

const isApiError = (value: unknown): value is TabApiError =>
  typeof (value as TabApiError | undefined)?.error?.message === 'string' && typeof (value as TabApiError).error.code === 'string';

/** Calls the server's /api/tab/… with the Teams SSO token and the tab's language. */
export function createTabApi(host: Host): TabApi {
  const get = async <T>(path: string): Promise<T> => {
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
        headers: { Accept: 'application/json', 'Accept-Language': host.locale === 'en' ? 'en-US' : 'sv-SE', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        cache: 'no-store',
      });
    } catch {
      throw new TabFailureError({ kind: 'network' });
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (response.ok && body !== undefined) return body as T;
    if (isApiError(body)) throw new TabFailureError({ kind: 'api', status: response.status, code: body.error.code, message: body.error.message });
    throw new TabFailureError(response.status >= 500 || response.status === 0 ? { kind: 'network' } : { kind: 'api', status: response.status, code: 'unknown', message: '' });
  };
  return {
    me: () => get<MeResponse>('/api/tab/me'),
    nextMeeting: (groupId) => get<NextMeetingResponse>(`/api/tab/groups/${encodeURIComponent(groupId)}/next-meeting`),
  };
}
