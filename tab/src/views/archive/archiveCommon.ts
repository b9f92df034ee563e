import type { ArchiveTermsResponse, TermRef } from '../../../../bot/src/contract/archiveApi';
import type { TabApi } from '../../api/tabApi';
import type { TabLocale, TabStrings } from '../../i18n/strings';

/** What each of the archive's views gets from the channel tab. */
export interface ArchiveViewProps {
  api: TabApi;
  t: TabStrings;
  locale: TabLocale;
  groupId: string;
  groupName: string;
  /** Opens a meeting's minutes in Protokoll. */
  onOpenMinutes(meetingId: string): void;
  /** Arkiv's first page when the tab opened on it, asked for before the view's code had loaded. */
  prefetched?: Promise<ArchiveTermsResponse>;
}

/** "Hösttermin 2026" / "Autumn term 2026". */
export const termName = (term: Pick<TermRef, 'kind' | 'year'>, t: TabStrings): string => `${t.termNames[term.kind]} ${term.year}`;

/** A filter's value in the address (`&term=ht2026`, `&q=budget`), so a reload shows the same. */
export function addressValue(name: string): string {
  return new URLSearchParams(window.location.search).get(name) ?? '';
}

export function keepInAddress(name: string, value: string): void {
  const url = new URL(window.location.href);
  if (value) url.searchParams.set(name, value);
  else url.searchParams.delete(name);
  window.history.replaceState(null, '', `${url.pathname}${url.search}`);
}

/** The shortest query the server searches for (2–200 characters after trimming). */
export const MIN_QUERY = 2;
