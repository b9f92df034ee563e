/** Which page of the tab this is: /tab/ (channel tab, local mode), /tab/config (its configuration), /tab/personal. */
export type TabRoute = { page: 'content'; groupId?: string; view: ContentView; meetingId?: string } | { page: 'config' } | { page: 'personal' };

/** The channel tab's views: the next meeting, a meeting's minutes (Protokoll) and the archive's four. */
export type ContentView = 'next' | 'minutes' | 'archive' | 'search' | 'decisions' | 'followUps';

/** Each view's `?view=` in the address, as the group says it; the next meeting has none. */
const VIEW_PARAMS: Record<Exclude<ContentView, 'next'>, string> = {
  minutes: 'protokoll',
  archive: 'arkiv',
  search: 'sok',
  decisions: 'beslut',
  followUps: 'uppfoljning',
};

const viewOfParam = (param: string | null): ContentView =>
  (Object.entries(VIEW_PARAMS) as [ContentView, string][]).find(([, value]) => value === param)?.[0] ?? 'next';

export function routeOf(location: Pick<Location, 'pathname' | 'search'>): TabRoute {
  const path = location.pathname.replace(/\/+$/, '');
  if (path.endsWith('/config')) return { page: 'config' };
  if (path.endsWith('/personal')) return { page: 'personal' };
  const query = new URLSearchParams(location.search);
  const groupId = query.get('group') || undefined;
  const view = viewOfParam(query.get('view'));
  const meetingId = view === 'minutes' ? query.get('meeting') || undefined : undefined;
  return { page: 'content', groupId, view, ...(meetingId ? { meetingId } : {}) };
}

/**
 * A link from chat opens the channel tab with Teams' sub-page id `protokoll:<meetingId>`
 * (the deep link's subEntityId): that meeting's minutes, whatever the address says.
 */
export function withSubPage(route: TabRoute, subPageId: string | undefined): TabRoute {
  const meetingId = /^protokoll:(.+)$/.exec(subPageId ?? '')?.[1];
  if (route.page !== 'content' || !meetingId) return route;
  return { ...route, view: 'minutes', meetingId };
}

/** What a view keeps in its address beside `view` (the meeting, a term, a search); another view starts without them. */
const VIEW_STATE = ['view', 'meeting', 'term', 'q', 'klara'];

/** The address of a view, so a reload (or a link) opens the same one; the configured group is kept. */
export function urlOf(location: Pick<Location, 'pathname' | 'search'>, view: ContentView, meetingId?: string): string {
  const query = new URLSearchParams(location.search);
  for (const name of VIEW_STATE) query.delete(name);
  if (view !== 'next') query.set('view', VIEW_PARAMS[view]);
  if (view === 'minutes' && meetingId) query.set('meeting', meetingId);
  const search = query.toString();
  return `${location.pathname}${search ? `?${search}` : ''}`;
}
