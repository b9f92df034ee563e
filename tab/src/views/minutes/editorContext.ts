import type { MinutesEditing } from '../../../../bot/src/contract/minutesApi';
import { TabFailureError, type TabApi, type TabFailure } from '../../api/tabApi';
import type { TabLocale, TabStrings } from '../../i18n/strings';
import { failureText } from '../Notices';

/** What every editor of one meeting's minutes shares. */
export interface EditorContext {
  api: TabApi;
  groupId: string;
  meetingId: string;
  t: TabStrings;
  locale: TabLocale;
  editing: MinutesEditing;
  /** Each editor says whether it holds anything unsaved, so publishing can wait for it. */
  report(editor: string, unsaved: boolean): void;
}

/** Where an editor's unsaved text waits in the browser. */
export const draftKey = (meetingId: string, record: string): string => `dagordning:minutes:${meetingId}:${record}`;

export const failureOf = (error: unknown): TabFailure => (error instanceof TabFailureError ? error.failure : { kind: 'network' });

/** All the server said was wrong, each problem once. */
export function problemText(failure: TabFailure, t: TabStrings): string {
  if (failure.kind === 'api' && failure.problems && failure.problems.length > 0) return failure.problems.join(' ');
  return failureText(failure, t);
}

/** A new record's id, made here so a retried add lands once. */
export const newId = (): string => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(16)}-${Math.random().toString(16).slice(2, 14)}`);
