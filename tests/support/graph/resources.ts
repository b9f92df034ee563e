import { columnJson } from './columns';
import { badRequest } from './graphErrors';
import { eTagOf, type SiteStore, type StoredItem, type StoredList } from './listStore';

/**
 * JSON of the resources Graph returns, trimmed to the properties a store uses:
 * site (https://learn.microsoft.com/en-us/graph/api/site-get),
 * list (https://learn.microsoft.com/en-us/graph/api/list-get, list-list),
 * listItem with its fieldValueSet (https://learn.microsoft.com/en-us/graph/api/listitem-get).
 * Fields whose value is empty are left out of `fields`, as Graph does.
 */
const APP = { user: { displayName: 'SharePoint App' }, application: { displayName: 'Dagordning' } };

export function siteJson(store: SiteStore): Record<string, unknown> {
  const { site } = store;
  return {
    createdDateTime: site.createdDateTime,
    description: '',
    id: site.id,
    lastModifiedDateTime: site.createdDateTime,
    name: site.path,
    webUrl: store.webUrl,
    displayName: site.displayName,
    root: {},
    siteCollection: { hostname: site.hostname },
  };
}

export function listJson(store: SiteStore, list: StoredList, expandColumns = false): Record<string, unknown> {
  return {
    '@odata.etag': `"${list.id},${list.items.size}"`,
    createdDateTime: list.createdDateTime,
    description: list.description,
    eTag: `"${list.id},${list.items.size}"`,
    id: list.id,
    lastModifiedDateTime: list.lastModifiedDateTime,
    name: list.name,
    webUrl: `${store.webUrl}/Lists/${list.name}`,
    displayName: list.displayName,
    createdBy: APP,
    parentReference: { siteId: store.site.id },
    list: { contentTypesEnabled: false, hidden: false, template: 'genericList' },
    ...(expandColumns ? { columns: list.columns.map(columnJson) } : {}),
  };
}

/** The fieldValueSet: `@odata.etag`, the stored values and SharePoint's own fields; `select` limits it. */
export function fieldsJson(item: StoredItem, select?: string[]): Record<string, unknown> {
  const all: Record<string, unknown> = {
    ...Object.fromEntries(Object.entries(item.fields).filter(([, v]) => v !== null)),
    id: String(item.id),
    ContentType: 'Item',
    Modified: item.lastModifiedDateTime,
    Created: item.createdDateTime,
    _UIVersionString: `${item.version}.0`,
  };
  const picked = select ? Object.fromEntries(select.filter((name) => name in all).map((name) => [name, all[name]])) : all;
  return { '@odata.etag': eTagOf(item), ...picked };
}

export interface ItemShape {
  /** `$expand=fields` present; `fieldSelect` holds the names of fields($select=...). */
  fields: boolean;
  fieldSelect?: string[];
  /** `$select` of listItem properties. */
  select?: string[];
}

export function itemJson(store: SiteStore, list: StoredList, item: StoredItem, shape: ItemShape): Record<string, unknown> {
  const base: Record<string, unknown> = {
    '@odata.etag': eTagOf(item),
    createdDateTime: item.createdDateTime,
    eTag: eTagOf(item),
    id: String(item.id),
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `${store.webUrl}/Lists/${list.name}/${item.id}_.000`,
    createdBy: APP,
    lastModifiedBy: APP,
    parentReference: { id: list.id, siteId: store.site.id },
    contentType: { id: '0x0100', name: 'Item' },
  };
  const selected = shape.select ? Object.fromEntries(Object.entries(base).filter(([k]) => k === '@odata.etag' || shape.select!.includes(k))) : base;
  return shape.fields ? { ...selected, fields: fieldsJson(item, shape.fieldSelect) } : selected;
}

/** Splits `a,b(c,d),e` on the commas outside parentheses. */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if (c === ',' && depth === 0) { parts.push(current.trim()); current = ''; continue; }
    if (c === '(') depth++;
    if (c === ')') depth--;
    current += c;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** Reads $expand/$select of an item request (`expand=fields(select=A,B)` works without `$` too). */
export function itemShape(expand: string | undefined, select: string | undefined): ItemShape {
  const shape: ItemShape = { fields: false, select: select ? select.split(',').map((s) => s.trim()).filter(Boolean) : undefined };
  for (const part of expand ? topLevelParts(expand) : []) {
    const match = /^fields(?:\(\s*\$?select\s*=\s*([^)]*)\))?$/i.exec(part);
    if (!match) throw badRequest(`$expand '${part}' is not supported by the emulator (only fields).`, 'notSupported');
    shape.fields = true;
    if (match[1] !== undefined) shape.fieldSelect = match[1].split(',').map((s) => s.trim()).filter(Boolean);
  }
  return shape;
}

/** Reads $expand of a list request: only `columns` is known. */
export function listExpandsColumns(expand: string | undefined): boolean {
  const parts = expand ? topLevelParts(expand) : [];
  for (const part of parts) if (part !== 'columns') throw badRequest(`$expand '${part}' on a list is not supported by the emulator (only columns).`, 'notSupported');
  return parts.length > 0;
}
