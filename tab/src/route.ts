/** Which page of the tab this is: /tab/ (channel tab, local mode), /tab/config (its configuration), /tab/personal. */
export type TabRoute = { page: 'content'; groupId?: string } | { page: 'config' } | { page: 'personal' };

export function routeOf(location: Pick<Location, 'pathname' | 'search'>): TabRoute {
  const path = location.pathname.replace(/\/+$/, '');
  if (path.endsWith('/config')) return { page: 'config' };
  if (path.endsWith('/personal')) return { page: 'personal' };
  const groupId = new URLSearchParams(location.search).get('group') || undefined;
  return { page: 'content', groupId };
}
