import { columnJson } from './columns';
import { badRequest, fromThrown, GRAPH_JSON, GraphHttpError, notFound, type GraphResponse } from './graphErrors';
import { PREFER_NON_INDEXED, queryItems } from './itemQuery';
import type { SiteStore, StoredList } from './listStore';
import { compileFilter, parseFilter } from './odataFilter';
import { fieldsJson, itemJson, itemShape, listExpandsColumns, listJson, siteJson } from './resources';

/**
 * One Graph v1.0 request → one response, for outer HTTP requests and for the requests
 * inside a $batch alike. Only the SharePoint-list surface a store needs:
 *   GET    /sites/{site-id} | /sites/{hostname}:/sites/{path}        https://learn.microsoft.com/en-us/graph/api/site-get
 *   GET    /sites/{site}/lists ($filter on displayName, $select)      https://learn.microsoft.com/en-us/graph/api/list-list
 *   POST   /sites/{site}/lists                                        https://learn.microsoft.com/en-us/graph/api/list-create
 *   GET    /sites/{site}/lists/{list-id | title} ($expand=columns)    https://learn.microsoft.com/en-us/graph/api/list-get
 *   GET    /sites/{site}/lists/{list}/columns[/{column-id}]          https://learn.microsoft.com/en-us/graph/api/list-list-columns
 *   POST   /sites/{site}/lists/{list}/columns                         https://learn.microsoft.com/en-us/graph/api/list-post-columns
 *   PATCH  /sites/{site}/lists/{list}/columns/{column-id}             https://learn.microsoft.com/en-us/graph/api/columndefinition-update
 *   GET    /sites/{site}/lists/{list}/items                           https://learn.microsoft.com/en-us/graph/api/listitem-list
 *   POST   /sites/{site}/lists/{list}/items                           https://learn.microsoft.com/en-us/graph/api/listitem-create
 *   GET    /sites/{site}/lists/{list}/items/{id}[/fields]             https://learn.microsoft.com/en-us/graph/api/listitem-get
 *   PATCH  /sites/{site}/lists/{list}/items/{id}/fields               https://learn.microsoft.com/en-us/graph/api/listitem-update
 *   DELETE /sites/{site}/lists/{list}/items/{id}                      https://learn.microsoft.com/en-us/graph/api/listitem-delete
 * The site path form `/sites/{hostname}:/sites/{path}:/lists/...` works for every route.
 * OData options are read with or without `$` (Graph accepts `expand=fields`).
 */
export interface GraphRequest {
  method: string;
  /** Path and query below /v1.0, e.g. `/sites/x/lists?$top=5`. */
  url: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: unknown;
}

export interface RouteContext {
  store: SiteStore;
  /** https://127.0.0.1:PORT, for @odata.nextLink. */
  origin: string;
  listViewThreshold: number;
  retryAfterSeconds: number;
}

const ok = (body: unknown, status = 200): GraphResponse => ({ status, headers: { 'Content-Type': GRAPH_JSON }, body });
const methodNotAllowed = (): GraphHttpError => new GraphHttpError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');

/** Query string with `$`, `,`, `/` and `:` left readable, as in Graph's own nextLinks (`?$top=5&$skiptoken=...`). */
function readableQuery(query: URLSearchParams): string {
  const encode = (text: string): string => encodeURIComponent(text).replace(/%24/g, '$').replace(/%2C/gi, ',').replace(/%2F/gi, '/').replace(/%3A/gi, ':');
  return [...query].map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&');
}

/** Resolves the site part of the path; returns the rest (`/lists/...`) or throws 404 for another site. */
function splitSite(store: SiteStore, afterSites: string): string {
  const byPath = /^([^/:]+):(\/[^:]*?)\/?(?::(.*))?$/.exec(afterSites);
  if (byPath) {
    const [, hostname, serverPath, rest] = byPath;
    const same = hostname!.toLowerCase() === store.site.hostname.toLowerCase() && serverPath!.toLowerCase() === `/sites/${store.site.path}`.toLowerCase();
    if (!same) throw notFound(`Requested site could not be found`);
    return rest ?? '';
  }
  const [siteId, ...rest] = afterSites.split('/');
  if (siteId!.toLowerCase() !== store.site.id.toLowerCase()) throw notFound('Requested site could not be found');
  return rest.length > 0 ? `/${rest.join('/')}` : '';
}

export function routeGraphRequest(request: GraphRequest, context: RouteContext): GraphResponse {
  try {
    return route(request, context);
  } catch (error) {
    return fromThrown(error);
  }
}

function route(request: GraphRequest, context: RouteContext): GraphResponse {
  const { store } = context;
  const [rawPath, rawQuery = ''] = request.url.split(/\?(.*)/s, 2) as [string, string?];
  const query = new URLSearchParams(rawQuery);
  const option = (name: string): string | undefined => query.get(`$${name}`) ?? query.get(name) ?? undefined;
  let path: string;
  try {
    path = decodeURIComponent(rawPath).replace(/\/+$/, '');
  } catch {
    throw badRequest(`The path '${rawPath}' is not correctly percent-encoded.`, 'BadRequest');
  }
  if (!path.startsWith('/sites/')) throw badRequest(`Resource not found for the segment '${path.split('/')[1] ?? ''}'.`, 'BadRequest');
  const rest = splitSite(store, path.slice('/sites/'.length));
  const segments = rest.split('/').filter(Boolean);
  const method = request.method.toUpperCase();
  const [s0, listRef, s2, childId, s4] = segments;

  if (segments.length === 0) {
    if (method !== 'GET') throw methodNotAllowed();
    return ok(siteJson(store));
  }
  if (s0 !== 'lists') throw badRequest(`Resource not found for the segment '${s0}'.`, 'BadRequest');

  if (segments.length === 1) {
    if (method === 'POST') return ok(listJson(store, store.createList(request.body)), 201);
    if (method !== 'GET') throw methodNotAllowed();
    let lists = [...store.lists.values()];
    const filter = option('filter');
    if (filter !== undefined) {
      const predicate = compileFilter<StoredList>(parseFilter(filter), (property) => {
        if (!['displayName', 'name', 'id'].includes(property)) throw badRequest(`Filtering lists on '${property}' is not supported by the emulator.`, 'notSupported');
        return { type: 'text', get: (list) => list[property as 'displayName' | 'name' | 'id'] };
      });
      lists = lists.filter(predicate);
    }
    const select = option('select')?.split(',').map((s) => s.trim());
    const values = lists.map((list) => listJson(store, list, listExpandsColumns(option('expand'))))
      .map((json) => (select ? Object.fromEntries(Object.entries(json).filter(([k]) => select.includes(k))) : json));
    return ok({ '@odata.context': `${context.origin}/v1.0/$metadata#sites('${store.site.id}')/lists`, value: values });
  }

  const list = store.getList(listRef!);
  if (segments.length === 2) {
    if (method !== 'GET') throw methodNotAllowed();
    return ok(listJson(store, list, listExpandsColumns(option('expand'))));
  }

  if (s2 === 'columns') {
    if (segments.length === 3) {
      if (method === 'POST') return ok(columnJson(store.addColumn(list, request.body)), 201);
      if (method !== 'GET') throw methodNotAllowed();
      return ok({ value: list.columns.map(columnJson) });
    }
    if (segments.length !== 4) throw badRequest(`Resource not found for the segment '${s4}'.`, 'BadRequest');
    if (method === 'PATCH') return ok(columnJson(store.updateColumn(list, childId!, request.body)));
    if (method !== 'GET') throw methodNotAllowed();
    const column = list.columns.find((c) => c.id === childId!.toLowerCase());
    if (!column) throw notFound(`Column '${childId}' does not exist.`);
    return ok(columnJson(column));
  }

  if (s2 !== 'items') throw badRequest(`Resource not found for the segment '${s2}'.`, 'BadRequest');
  const shape = itemShape(option('expand'), option('select'));

  if (segments.length === 3) {
    if (method === 'POST') {
      const body = (request.body ?? {}) as { fields?: unknown };
      const item = store.createItem(list, body.fields);
      return ok(itemJson(store, list, item, { fields: true }), 201);
    }
    if (method !== 'GET') throw methodNotAllowed();
    const prefer = request.headers.prefer ?? '';
    const page = queryItems(list, {
      filter: option('filter'), orderby: option('orderby'), top: option('top'), skiptoken: query.get('$skiptoken') ?? undefined,
      allowNonIndexed: prefer.toLowerCase().includes(PREFER_NON_INDEXED.toLowerCase()),
    }, context.listViewThreshold, context.retryAfterSeconds);
    const body: Record<string, unknown> = {
      '@odata.context': `${context.origin}/v1.0/$metadata#sites('${store.site.id}')/lists('${list.id}')/items`,
      value: page.items.map((item) => itemJson(store, list, item, shape)),
    };
    if (page.skiptoken) {
      query.set('$skiptoken', page.skiptoken);
      body['@odata.nextLink'] = `${context.origin}/v1.0${rawPath}?${readableQuery(query)}`;
    }
    return ok(body);
  }

  if (segments.length === 4) {
    if (method === 'DELETE') {
      store.deleteItem(list, childId!, request.headers['if-match']);
      return { status: 204, headers: {} };
    }
    if (method !== 'GET') throw methodNotAllowed();
    return ok(itemJson(store, list, store.getItem(list, childId!), shape));
  }

  if (segments.length === 5 && s4 === 'fields') {
    if (method === 'PATCH') return ok(fieldsJson(store.updateFields(list, childId!, request.body, request.headers['if-match'])));
    if (method !== 'GET') throw methodNotAllowed();
    return ok(fieldsJson(store.getItem(list, childId!), shape.fieldSelect ?? option('select')?.split(',')));
  }
  throw badRequest(`Resource not found for the segment '${segments[segments.length - 1]}'.`, 'BadRequest');
}
