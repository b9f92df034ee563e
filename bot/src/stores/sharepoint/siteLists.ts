import { failure } from './listClient';
import type { GraphGateway } from './graphGateway';
import { LISTS, type ListKey } from './schema';

/**
 * Finds the site and its Dagordning lists once, at start: two requests, then every
 * call addresses lists by id.
 * https://learn.microsoft.com/en-us/graph/api/site-get
 * https://learn.microsoft.com/en-us/graph/api/list-list
 */
export interface SiteLists {
  siteId: string;
  listIds: Record<ListKey, string>;
}

export class ListsMissingError extends Error {
  constructor(readonly missing: string[]) {
    super(`SharePoint lists missing: ${missing.join(', ')}. Run "npm run provision -- --site <site>" first.`);
    this.name = 'ListsMissingError';
  }
}

/** `contoso.sharepoint.com:/sites/lg` is resolved to the site's id; an id is used as it is. */
export async function resolveSiteId(gateway: GraphGateway, site: string): Promise<string> {
  const answer = await gateway.send({ method: 'GET', url: `/sites/${site.includes(':/') ? site : encodeURIComponent(site)}?$select=id` });
  if (answer.status !== 200) throw failure(answer, `site ${site}`);
  return answer.body.id as string;
}

export async function listsByName(gateway: GraphGateway, siteId: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let answer = await gateway.send({ method: 'GET', url: `/sites/${siteId}/lists?$select=id,displayName&$top=500` });
  for (;;) {
    if (answer.status !== 200) throw failure(answer, 'lists');
    for (const list of answer.body.value as { id: string; displayName: string }[]) found.set(list.displayName, list.id);
    const next = answer.body['@odata.nextLink'] as string | undefined;
    if (!next) return found;
    answer = await gateway.nextPage(next);
  }
}

export async function findSiteLists(gateway: GraphGateway, site: string): Promise<SiteLists> {
  const siteId = await resolveSiteId(gateway, site);
  const byName = await listsByName(gateway, siteId);
  const missing = LISTS.filter((l) => !byName.has(l.displayName)).map((l) => l.displayName);
  if (missing.length > 0) throw new ListsMissingError(missing);
  const listIds = Object.fromEntries(LISTS.map((l) => [l.key, byName.get(l.displayName)!])) as Record<ListKey, string>;
  return { siteId, listIds };
}
