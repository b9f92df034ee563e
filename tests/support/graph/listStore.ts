import crypto from 'node:crypto';
import { builtInColumns, parseColumn, patchColumn } from './columns';
import { normalizeWrite, uniqueKey, type ColumnDefinition, type FieldValue } from './fieldValues';
import { badRequest, GraphHttpError, notFound } from './graphErrors';

/**
 * The SharePoint data behind the emulator: one site, its lists, their columns and items,
 * in memory. HTTP-free so tests can seed and inspect it directly (seedItems, itemsOf).
 *
 * Lists: https://learn.microsoft.com/en-us/graph/api/list-create (displayName only, the
 * server assigns `name`; a second list with the same title is a 409 nameAlreadyExists).
 * Items: https://learn.microsoft.com/en-us/graph/api/listitem-create,
 * https://learn.microsoft.com/en-us/graph/api/listitem-update (If-Match: a different
 * eTag is 412 Precondition Failed and nothing changes),
 * https://learn.microsoft.com/en-us/graph/api/listitem-delete (If-Match likewise).
 * Item ids are increasing integers never reused; the eTag is `"{guid},{version}"`, the
 * version starting at 1 and growing with every update, as SharePoint's list item eTags.
 */
export interface SiteInfo {
  id: string;
  hostname: string;
  path: string;
  displayName: string;
  createdDateTime: string;
}

export interface StoredItem {
  id: number;
  guid: string;
  version: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
  fields: Record<string, FieldValue>;
}

export interface StoredList {
  id: string;
  name: string;
  displayName: string;
  description: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  columns: ColumnDefinition[];
  items: Map<number, StoredItem>;
  nextItemId: number;
  /** enforceUniqueValues columns: value key → item id. */
  unique: Map<string, Map<string, number>>;
}

/** What tests see of an item: a copy, never the stored object. */
export interface ItemSnapshot {
  id: string;
  eTag: string;
  version: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
  fields: Record<string, FieldValue>;
}

const READ_ONLY_FIELDS = new Set(['id', 'ID', 'Created', 'Modified', 'ContentType', '_UIVersionString', 'Author', 'Editor', 'AuthorLookupId', 'EditorLookupId', 'Attachments']);

export const eTagOf = (item: StoredItem): string => `"${item.guid},${item.version}"`;
export const graphTime = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** If-Match compares the item's guid and version; `*` matches any item. Quotes, braces and W/ are ignored. */
function matchesETag(item: StoredItem, ifMatch: string | undefined): boolean {
  if (ifMatch === undefined || ifMatch.trim() === '*') return true;
  const norm = (tag: string): string => tag.replace(/^W\//, '').replace(/["{}\s]/g, '').toLowerCase();
  // Our eTags contain a comma, so a list of tags is split on its quoted parts, not on commas.
  const candidates = ifMatch.match(/(W\/)?"[^"]*"/g) ?? [ifMatch];
  return candidates.some((tag) => norm(tag) === norm(eTagOf(item)));
}

export class SiteStore {
  readonly lists = new Map<string, StoredList>();

  constructor(readonly site: SiteInfo, private readonly now: () => Date = () => new Date()) {}

  get webUrl(): string {
    return `https://${this.site.hostname}/sites/${this.site.path}`;
  }

  /** POST /sites/{site}/lists body → list. */
  createList(body: unknown): StoredList {
    if (!body || typeof body !== 'object') throw badRequest('The list must be a JSON object.');
    const input = body as Record<string, unknown>;
    if (input.name !== undefined) throw badRequest("Cannot define a 'name' for a list as it is assigned by the server. Instead, provide 'displayName'");
    const displayName = input.displayName;
    if (typeof displayName !== 'string' || displayName.trim() === '') throw badRequest("The list needs a 'displayName'.");
    const template = (input.list as { template?: unknown } | undefined)?.template ?? 'genericList';
    if (template !== 'genericList') throw badRequest(`List template '${String(template)}' is not supported by the emulator.`, 'notSupported');
    if (this.findList(displayName)) {
      throw new GraphHttpError(409, 'nameAlreadyExists', 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.');
    }
    const columns = builtInColumns();
    for (const spec of (input.columns as unknown[] | undefined) ?? []) columns.push(parseColumn(spec, columns));
    const time = graphTime(this.now());
    const list: StoredList = {
      id: crypto.randomUUID(), name: displayName.replace(/[^A-Za-z0-9]/g, '') || 'List', displayName,
      description: typeof input.description === 'string' ? input.description : '',
      createdDateTime: time, lastModifiedDateTime: time, columns, items: new Map(), nextItemId: 1, unique: new Map(),
    };
    for (const column of columns) if (column.enforceUniqueValues) list.unique.set(column.name, new Map());
    this.lists.set(list.id, list);
    return list;
  }

  /** Graph addresses a list by id or by title (lists/{list-id | list-title}). */
  findList(idOrTitle: string): StoredList | undefined {
    const key = idOrTitle.toLowerCase();
    for (const list of this.lists.values()) if (list.id === key || list.displayName.toLowerCase() === key) return list;
    return undefined;
  }

  getList(idOrTitle: string): StoredList {
    const list = this.findList(idOrTitle);
    if (!list) throw notFound(`List '${idOrTitle}' does not exist at site with URL '${this.webUrl}'.`);
    return list;
  }

  addColumn(list: StoredList, body: unknown): ColumnDefinition {
    const column = parseColumn(body, list.columns);
    list.columns.push(column);
    if (column.enforceUniqueValues) list.unique.set(column.name, new Map());
    return column;
  }

  updateColumn(list: StoredList, columnId: string, body: unknown): ColumnDefinition {
    const index = list.columns.findIndex((c) => c.id === columnId.toLowerCase());
    if (index < 0) throw notFound(`Column '${columnId}' does not exist.`);
    const next = patchColumn(list.columns[index]!, body, list.columns);
    if (next.enforceUniqueValues && !list.unique.has(next.name)) list.unique.set(next.name, this.uniqueIndex(list, next));
    if (!next.enforceUniqueValues) list.unique.delete(next.name);
    list.columns[index] = next;
    return next;
  }

  column(list: StoredList, name: string): ColumnDefinition | undefined {
    return list.columns.find((c) => c.name === name);
  }

  getItem(list: StoredList, id: string | number): StoredItem {
    const item = /^\d+$/.test(String(id)) ? list.items.get(Number(id)) : undefined;
    if (!item) throw notFound('Item not found');
    return item;
  }

  createItem(list: StoredList, fields: unknown): StoredItem {
    const values = this.validateFields(list, fields);
    const time = graphTime(this.now());
    const item: StoredItem = { id: list.nextItemId, guid: crypto.randomUUID(), version: 1, createdDateTime: time, lastModifiedDateTime: time, fields: {} };
    this.checkUnique(list, item, values);
    list.nextItemId++;
    item.fields = { ...values };
    list.items.set(item.id, item);
    this.indexUnique(list, item, undefined);
    list.lastModifiedDateTime = time;
    return item;
  }

  updateFields(list: StoredList, id: string, fields: unknown, ifMatch?: string): StoredItem {
    const item = this.getItem(list, id);
    if (!matchesETag(item, ifMatch)) throw new GraphHttpError(412, 'resourceModified', 'ETag mismatch: the item was changed since it was read.');
    const values = this.validateFields(list, fields);
    this.checkUnique(list, item, values);
    const before = { ...item.fields };
    Object.assign(item.fields, values);
    item.version++;
    item.lastModifiedDateTime = graphTime(this.now());
    this.indexUnique(list, item, before);
    list.lastModifiedDateTime = item.lastModifiedDateTime;
    return item;
  }

  deleteItem(list: StoredList, id: string, ifMatch?: string): void {
    const item = this.getItem(list, id);
    if (!matchesETag(item, ifMatch)) throw new GraphHttpError(412, 'resourceModified', 'ETag mismatch: the item was changed since it was read.');
    list.items.delete(item.id);
    for (const [name, index] of list.unique) {
      const value = item.fields[name] ?? null;
      if (value !== null) index.delete(uniqueKey(this.column(list, name)!.type, value));
    }
  }

  /** Inserts items without HTTP, statistics or throttling; same validation as POST items. Returns the new ids. */
  seedItems(listRef: string, rows: Array<Record<string, unknown>>): number[] {
    const list = this.getList(listRef);
    return rows.map((row) => this.createItem(list, row).id);
  }

  /** Copies of the stored items, in id order. */
  itemsOf(listRef: string): ItemSnapshot[] {
    return [...this.getList(listRef).items.values()].map((item) => ({
      id: String(item.id), eTag: eTagOf(item), version: item.version, createdDateTime: item.createdDateTime,
      lastModifiedDateTime: item.lastModifiedDateTime, fields: { ...item.fields },
    }));
  }

  private validateFields(list: StoredList, fields: unknown): Record<string, FieldValue> {
    if (fields === undefined) return {};
    if (!fields || typeof fields !== 'object' || Array.isArray(fields)) throw badRequest('fields must be a JSON object.');
    const values: Record<string, FieldValue> = {};
    for (const [name, value] of Object.entries(fields as Record<string, unknown>)) {
      if (name.startsWith('@odata.')) continue;
      if (READ_ONLY_FIELDS.has(name)) throw badRequest(`Field '${name}' is read-only.`);
      const column = this.column(list, name);
      if (!column) throw badRequest(`Field '${name}' is not recognized`);
      values[name] = normalizeWrite(column, value);
    }
    return values;
  }

  private checkUnique(list: StoredList, item: StoredItem, values: Record<string, FieldValue>): void {
    for (const [name, index] of list.unique) {
      const value = values[name];
      if (value === undefined || value === null) continue;
      const owner = index.get(uniqueKey(this.column(list, name)!.type, value));
      if (owner !== undefined && owner !== item.id) {
        // SharePoint's message (microsoftgraph/msgraph-sdk-dotnet#790); the status Graph maps it to is not
        // documented, 409 Conflict is the emulator's choice.
        throw new GraphHttpError(409, 'nameAlreadyExists', 'One or more fields with unique constraints already has the provided value.');
      }
    }
  }

  private indexUnique(list: StoredList, item: StoredItem, before: Record<string, FieldValue> | undefined): void {
    for (const [name, index] of list.unique) {
      const type = this.column(list, name)!.type;
      const old = before?.[name] ?? null;
      if (old !== null) index.delete(uniqueKey(type, old));
      const value = item.fields[name] ?? null;
      if (value !== null) index.set(uniqueKey(type, value), item.id);
    }
  }

  private uniqueIndex(list: StoredList, column: ColumnDefinition): Map<string, number> {
    const index = new Map<string, number>();
    for (const item of list.items.values()) {
      const value = item.fields[column.name] ?? null;
      if (value === null) continue;
      const key = uniqueKey(column.type, value);
      if (index.has(key)) throw badRequest(`Column '${column.name}' has duplicate values and cannot enforce unique values.`);
      index.set(key, item.id);
    }
    return index;
  }
}

