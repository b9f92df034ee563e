import { badRequest } from './graphErrors';

/**
 * Column types and the values stored in them. Only what a SharePoint-list store needs:
 * the text, number, boolean and dateTime facets of
 * https://learn.microsoft.com/en-us/graph/api/resources/columndefinition .
 *
 * Writes are strict on purpose (a number column given "5" is a 400): a store that sends
 * the wrong JSON type has a bug even where SharePoint happens to coerce, and real Graph
 * answers some malformed values with a bare 500 generalException
 * (microsoftgraph/msgraph-sdk-powershell#2906, #3187), which helps nobody.
 */
export type ColumnType = 'text' | 'number' | 'boolean' | 'dateTime';
export type FieldValue = string | number | boolean | null;

export interface ColumnDefinition {
  id: string;
  name: string;
  displayName: string;
  description: string;
  type: ColumnType;
  indexed: boolean;
  required: boolean;
  enforceUniqueValues: boolean;
  hidden: boolean;
  readOnly: boolean;
  /** Text only. A single line of text holds at most 255 characters (textColumn.maxLength). */
  maxLength?: number;
  allowMultipleLines?: boolean;
  /** Built in to the genericList template (Title, ID, Created, Modified, ContentType). */
  builtIn: boolean;
}

/**
 * SharePoint keeps dateTime values to the second and Graph returns them as
 * `2024-01-31T09:00:00Z`; the emulator stores them that way so that a store that relies
 * on milliseconds surviving a round trip fails here as it would in production.
 */
export function normalizeDateTime(value: string): string | undefined {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (!dateOnly && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return undefined;
  const ms = Date.parse(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) return undefined;
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

/** Checks and normalizes one value written through POST items or PATCH fields. */
export function normalizeWrite(column: ColumnDefinition, value: unknown): FieldValue {
  if (value === null) return null;
  const wrong = (): never => {
    throw badRequest(`Invalid value for field '${column.name}': expected ${column.type}, got ${JSON.stringify(value)}.`);
  };
  switch (column.type) {
    case 'text': {
      if (typeof value !== 'string') return wrong();
      const limit = column.allowMultipleLines ? undefined : (column.maxLength ?? 255);
      if (limit !== undefined && value.length > limit) {
        throw badRequest(`The value of field '${column.name}' is ${value.length} characters long; the column allows ${limit}.`);
      }
      return value;
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : wrong();
    case 'boolean':
      return typeof value === 'boolean' ? value : wrong();
    case 'dateTime':
      return (typeof value === 'string' && normalizeDateTime(value)) || wrong();
  }
}

// SharePoint compares text case-insensitively (its content databases use a
// case-insensitive collation), so `fields/Title eq 'abc'` also finds 'ABC'.
const textCollator = new Intl.Collator('en', { sensitivity: 'accent' });

/** Comparable form of a stored or literal value; null stays null. */
export function comparable(type: ColumnType, value: FieldValue): string | number | boolean | null {
  if (value === null) return null;
  if (type === 'dateTime' && typeof value === 'string') return Date.parse(value);
  return value;
}

/** Ordering used by $orderby and by lt/le/gt/ge; empty values sort first, as in SharePoint views. */
export function compareValues(type: ColumnType, a: FieldValue, b: FieldValue): number {
  const x = comparable(type, a);
  const y = comparable(type, b);
  if (x === null || y === null) return x === y ? 0 : x === null ? -1 : 1;
  if (typeof x === 'string' && typeof y === 'string') return textCollator.compare(x, y);
  if (typeof x === 'boolean' && typeof y === 'boolean') return Number(x) - Number(y);
  return (x as number) - (y as number);
}

/** Key under which enforceUniqueValues compares values (case-insensitive for text). */
export function uniqueKey(type: ColumnType, value: FieldValue): string {
  return type === 'text' && typeof value === 'string' ? value.toLocaleLowerCase('en') : JSON.stringify(comparable(type, value));
}
