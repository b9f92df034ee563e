import crypto from 'node:crypto';
import { badRequest, GraphHttpError } from './graphErrors';
import type { ColumnDefinition, ColumnType } from './fieldValues';

/**
 * columnDefinition in and out, per https://learn.microsoft.com/en-us/graph/api/resources/columndefinition
 * (create: https://learn.microsoft.com/en-us/graph/api/list-post-columns, update:
 * https://learn.microsoft.com/en-us/graph/api/columndefinition-update).
 *
 * Rules kept from SharePoint:
 * - exactly one type facet; the emulator knows text, number, boolean and dateTime;
 * - enforceUniqueValues needs indexed (SharePoint refuses unique values on a column
 *   without an index, and the column must stay indexed while they are enforced);
 * - at most 20 indexed columns per list (the SharePoint Online list index limit);
 * - internal names are API names: letters, digits and underscores, unique in the list.
 */
export const TYPE_FACETS: ColumnType[] = ['text', 'number', 'boolean', 'dateTime'];
const OTHER_FACETS = ['calculated', 'choice', 'currency', 'geolocation', 'hyperlinkOrPicture', 'lookup', 'personOrGroup', 'term', 'thumbnail', 'contentApprovalStatus'];
export const MAX_INDEXED_COLUMNS = 20;

/** Columns of the genericList template (https://learn.microsoft.com/en-us/graph/api/list-create: "includes a Title column"). */
export function builtInColumns(): ColumnDefinition[] {
  const builtIn = (name: string, type: ColumnType, extra: Partial<ColumnDefinition>): ColumnDefinition => ({
    id: crypto.randomUUID(), name, displayName: name, description: '', type, indexed: false, required: false,
    enforceUniqueValues: false, hidden: false, readOnly: true, builtIn: true, ...extra,
  });
  return [
    // Title is required in genericList, but SharePoint's APIs do not enforce required columns
    // on writes (only its forms do: SharePoint/PnP-JS-Core#376), so neither does the emulator.
    builtIn('Title', 'text', { readOnly: false, required: true, maxLength: 255 }),
    // ID, Created and Modified carry SharePoint's default indexes.
    builtIn('ID', 'number', { indexed: true }),
    builtIn('Created', 'dateTime', { indexed: true }),
    builtIn('Modified', 'dateTime', { indexed: true }),
    builtIn('ContentType', 'text', {}),
  ];
}

function bool(body: Record<string, unknown>, key: string, fallback: boolean): boolean {
  const value = body[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw badRequest(`Property '${key}' must be a Boolean.`);
  return value;
}

/** A new column from the JSON body of POST .../columns (or an entry of `columns` in POST .../lists). */
export function parseColumn(body: unknown, existing: ColumnDefinition[]): ColumnDefinition {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('The column definition must be a JSON object.');
  const input = body as Record<string, unknown>;
  const name = input.name;
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,31}$/.test(name)) {
    throw badRequest(`Column name ${JSON.stringify(name)} is not valid: use letters, digits and underscores.`);
  }
  if (existing.some((c) => c.name.toLowerCase() === name.toLowerCase())) {
    throw new GraphHttpError(409, 'nameAlreadyExists', `A column named '${name}' already exists in this list.`);
  }
  const facets = TYPE_FACETS.filter((f) => input[f] !== undefined);
  const unsupported = OTHER_FACETS.filter((f) => input[f] !== undefined);
  if (unsupported.length > 0) throw badRequest(`Column type '${unsupported[0]}' is not supported by the emulator.`, 'notSupported');
  if (facets.length !== 1) throw badRequest('A column needs exactly one of the type facets text, number, boolean or dateTime.');
  const type = facets[0]!;
  const facet = (input[type] ?? {}) as Record<string, unknown>;
  const column: ColumnDefinition = {
    id: crypto.randomUUID(),
    name,
    displayName: typeof input.displayName === 'string' ? input.displayName : name,
    description: typeof input.description === 'string' ? input.description : '',
    type,
    indexed: bool(input, 'indexed', false),
    required: bool(input, 'required', false),
    enforceUniqueValues: bool(input, 'enforceUniqueValues', false),
    hidden: bool(input, 'hidden', false),
    readOnly: false,
    builtIn: false,
  };
  if (type === 'text') {
    column.allowMultipleLines = facet.allowMultipleLines === true;
    column.maxLength = typeof facet.maxLength === 'number' ? Math.min(facet.maxLength, 255) : 255;
  }
  checkIndexRules(column, existing);
  return column;
}

export function checkIndexRules(column: ColumnDefinition, others: ColumnDefinition[]): void {
  if (column.enforceUniqueValues && !column.indexed) {
    throw badRequest(`Column '${column.name}' must be indexed to enforce unique values.`);
  }
  const indexed = others.filter((c) => c.indexed && !c.builtIn && c.id !== column.id).length + (column.indexed && !column.builtIn ? 1 : 0);
  if (indexed > MAX_INDEXED_COLUMNS) throw badRequest(`A list can have at most ${MAX_INDEXED_COLUMNS} indexed columns.`);
}

/** Applies a PATCH .../columns/{id} body to a copy of the column; the type cannot change. */
export function patchColumn(column: ColumnDefinition, body: unknown, others: ColumnDefinition[]): ColumnDefinition {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('The column update must be a JSON object.');
  const input = body as Record<string, unknown>;
  if (column.builtIn && column.readOnly) throw badRequest(`Column '${column.name}' is read-only.`, 'notAllowed');
  for (const key of Object.keys(input)) {
    if (key === 'name' && input.name !== column.name) throw badRequest('The name of a column cannot be changed.', 'notAllowed');
    if ([...TYPE_FACETS, ...OTHER_FACETS].includes(key) && key !== column.type) throw badRequest('The type of a column cannot be changed.', 'notAllowed');
  }
  const next: ColumnDefinition = {
    ...column,
    displayName: typeof input.displayName === 'string' ? input.displayName : column.displayName,
    description: typeof input.description === 'string' ? input.description : column.description,
    indexed: bool(input, 'indexed', column.indexed),
    required: bool(input, 'required', column.required),
    enforceUniqueValues: bool(input, 'enforceUniqueValues', column.enforceUniqueValues),
    hidden: bool(input, 'hidden', column.hidden),
  };
  checkIndexRules(next, others);
  return next;
}

/** The columnDefinition JSON Graph returns. */
export function columnJson(column: ColumnDefinition): Record<string, unknown> {
  const facet: Record<ColumnType, Record<string, unknown>> = {
    text: { allowMultipleLines: column.allowMultipleLines ?? false, appendChangesToExistingText: false, linesForEditing: column.allowMultipleLines ? 6 : 0, maxLength: column.maxLength ?? 255 },
    number: { decimalPlaces: 'automatic', displayAs: 'number', maximum: Number.MAX_VALUE, minimum: -Number.MAX_VALUE },
    boolean: {},
    dateTime: { displayAs: 'default', format: 'dateTime' },
  };
  return {
    columnGroup: column.builtIn ? '_Hidden' : 'Custom Columns',
    description: column.description,
    displayName: column.displayName,
    enforceUniqueValues: column.enforceUniqueValues,
    hidden: column.hidden,
    id: column.id,
    indexed: column.indexed,
    name: column.name,
    readOnly: column.readOnly,
    required: column.required,
    [column.type]: facet[column.type],
  };
}
