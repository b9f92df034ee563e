import { compareValues, type ColumnDefinition, type ColumnType, type FieldValue } from './fieldValues';
import { badRequest, GraphHttpError } from './graphErrors';
import type { StoredItem, StoredList } from './listStore';
import { compileFilter, conjuncts, parseFilter, referencedProperties, type ResolvedProperty } from './odataFilter';

/**
 * GET .../items with $filter, $orderby, $top and paging, as SharePoint behaves behind Graph.
 *
 * Paging (https://learn.microsoft.com/en-us/graph/paging, which only says that default
 * and maximum page sizes differ per API): the emulator pages list items by 200 without
 * $top and gives at most 5,000 (the list view threshold) for a larger $top, the sizes
 * reported for list items in practice (e.g. https://microsoft365blogs.com/2022/01/25/microsoft-graph-working-with-paginated-result-sets/).
 * More results → an absolute @odata.nextLink with an opaque $skiptoken. Without $orderby items come in id order and the token remembers
 * the last id, so deletes between pages skip nothing.
 *
 * Indexes (https://learn.microsoft.com/en-us/graph/api/listitem-list): a filter or
 * orderby on a column that is not indexed is refused with 400 "Field 'X' cannot be
 * referenced in filter or orderby as it is not indexed. Provide the 'Prefer:
 * HonorNonIndexedQueriesWarningMayFailRandomly' header ..." (the message Graph returns,
 * microsoftgraph/microsoft-graph-docs#2279), whatever the size of the list.
 *
 * List view threshold: on a list with more than 5,000 items a filtered or non-indexed
 * sorted query must be narrowed to at most 5,000 items by its first indexed clause
 * (the first top-level `and` operand that uses only indexed columns); otherwise SharePoint
 * refuses it (SPQueryThrottledException, "exceeds the list view threshold"). Through
 * Graph that surfaces as 429 activityLimitReached, not as a 400: msgraph-sdk-dotnet#827
 * ("429 error when I'm trying to get items with filter from a large list", working
 * while the first clause matched fewer than 5,000) and OneDrive/onedrive-api-docs#794.
 * https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online
 */
export const DEFAULT_PAGE_SIZE = 200;
export const MAX_PAGE_SIZE = 5000;
export const PREFER_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

export interface ItemQuery {
  filter?: string;
  orderby?: string;
  top?: string;
  skiptoken?: string;
  /** The request carried `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`. */
  allowNonIndexed: boolean;
}

export interface ItemPage {
  items: StoredItem[];
  skiptoken?: string;
}

interface Property extends ResolvedProperty<StoredItem> {
  column: ColumnDefinition;
}

/** Maps `fields/X` (or the listItem properties id, createdDateTime, lastModifiedDateTime) to a column. */
function resolver(list: StoredList): (property: string) => Property {
  const byName = (name: string): ColumnDefinition | undefined => list.columns.find((c) => c.name === name);
  return (property) => {
    const alias: Record<string, string> = { id: 'ID', createdDateTime: 'Created', lastModifiedDateTime: 'Modified' };
    const name = property.startsWith('fields/') ? property.slice('fields/'.length) : alias[property];
    if (name === undefined) throw badRequest(`Filtering or sorting on '${property}' is not supported; use fields/<column>.`);
    const column = byName(name === 'id' ? 'ID' : name);
    if (!column) throw badRequest(`Field '${name}' is not recognized`);
    const type: ColumnType = column.type;
    const get = (item: StoredItem): FieldValue =>
      column.name === 'ID' ? item.id
        : column.name === 'Created' ? item.createdDateTime
          : column.name === 'Modified' ? item.lastModifiedDateTime
            : column.name === 'ContentType' ? 'Item'
              : (item.fields[column.name] ?? null);
    return { column, type, get };
  };
}

function parseOrderBy(text: string, resolve: (p: string) => Property): Array<{ property: Property; descending: boolean }> {
  return text.split(',').map((part) => {
    const match = /^\s*(\S+)(?:\s+(asc|desc))?\s*$/i.exec(part);
    if (!match) throw badRequest(`Invalid $orderby clause '${part.trim()}'.`);
    return { property: resolve(match[1]!), descending: match[2]?.toLowerCase() === 'desc' };
  });
}

function pageSize(top: string | undefined): number {
  if (top === undefined) return DEFAULT_PAGE_SIZE;
  if (!/^\d+$/.test(top) || Number(top) === 0) throw badRequest(`Invalid $top value '${top}'.`);
  return Math.min(Number(top), MAX_PAGE_SIZE);
}

type Cursor = { after: number } | { offset: number };
const encodeToken = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');
function decodeToken(token: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Cursor;
    if (typeof cursor === 'object' && cursor !== null && ('after' in cursor || 'offset' in cursor)) return cursor;
  } catch { /* fall through */ }
  throw badRequest('The $skiptoken is not valid.', 'invalidRequest');
}

export function queryItems(list: StoredList, query: ItemQuery, threshold: number, retryAfterSeconds: number): ItemPage {
  const resolve = resolver(list);
  const tree = query.filter !== undefined ? parseFilter(query.filter) : undefined;
  const order = query.orderby !== undefined ? parseOrderBy(query.orderby, resolve) : [];
  const referenced = [...(tree ? referencedProperties(tree) : []).map(resolve), ...order.map((o) => o.property)];

  const notIndexed = referenced.find((p) => !p.column.indexed);
  if (notIndexed && !query.allowNonIndexed) {
    throw badRequest(`Field '${notIndexed.column.name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${PREFER_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`);
  }

  const all = [...list.items.values()];
  if (all.length > threshold && (tree || order.some((o) => !o.property.column.indexed))) {
    const narrowing = tree ? conjuncts(tree).find((clause) => referencedProperties(clause).every((p) => resolve(p).column.indexed)) : undefined;
    const narrowed = narrowing ? all.filter(compileFilter(narrowing, resolve)).length : Infinity;
    if (narrowed > threshold) {
      throw new GraphHttpError(429, 'activityLimitReached', 'The attempted operation is prohibited because it exceeds the list view threshold.', { 'Retry-After': String(retryAfterSeconds) });
    }
  }

  let rows = tree ? all.filter(compileFilter(tree, resolve)) : all;
  rows = rows.sort((a, b) => {
    for (const { property, descending } of order) {
      const c = compareValues(property.type, property.get(a), property.get(b));
      if (c !== 0) return descending ? -c : c;
    }
    return a.id - b.id;
  });

  const size = pageSize(query.top);
  const cursor = query.skiptoken !== undefined ? decodeToken(query.skiptoken) : undefined;
  let start = 0;
  if (cursor && 'after' in cursor) start = rows.findIndex((item) => item.id > cursor.after);
  else if (cursor) start = cursor.offset;
  if (start < 0) start = rows.length;
  const items = rows.slice(start, start + size);
  const more = start + size < rows.length;
  const last = items[items.length - 1];
  return {
    items,
    skiptoken: more && last ? encodeToken(order.length === 0 ? { after: last.id } : { offset: start + size }) : undefined,
  };
}
