/** Which page of the tab this is: /tab/ (channel tab, local mode), /tab/config (its configuration), /tab/personal. */
export type TabRoute = { page: 'content'; groupId?: string; view: ContentView; meetingId?: string } | { page: 'config' } | { page: 'personal' };

/** The channel tab's two views: the next meeting, and a meeting's minutes (Protokoll). */
export type ContentView = 'next' | 'minutes';

export function routeOf(location: Pick<Location, 'pathname' | 'search'>): TabRoute {
  const path = location.pathname.replace(/\/+$/, '');
  if (path.endsWith('/config')) return { page: 'config' };
  if (path.endsWith('/personal')) return { page: 'personal' };
  const query = new URLSearchParams(location.search);
  const groupId = query.get('group') || undefined;
  const meetingId = query.get('meeting') || undefined;
  return { page: 'content', groupId, view: query.get('view') === 'protokoll' ? 'minutes' : 'next', ...(meetingId ? { meetingId } : {}) };
}

/** The address of a view, so a reload (or a link) opens the same one; the configured group is kept. */
export function urlOf(location: Pick<Location, 'pathname' | 'search'>, view: ContentView, meetingId?: string): string {
  const query = new URLSearchParams(location.search);
  query.delete('view');
  query.delete('meeting');
  if (view === 'minutes') query.set('view', 'protokoll');
  if (view === 'minutes' && meetingId) query.set('meeting', meetingId);
  const search = query.toString();
  return `${location.pathname}${search ? `?${search}` : ''}`;
}
