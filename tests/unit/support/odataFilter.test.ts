import type { ColumnType, FieldValue } from '../../support/graph/fieldValues';
import { GraphHttpError } from '../../support/graph/graphErrors';
import { compileFilter, conjuncts, parseFilter } from '../../support/graph/odataFilter';

type Row = Record<string, FieldValue>;
const TYPES: Record<string, ColumnType> = { 'fields/Title': 'text', 'fields/N': 'number', 'fields/Done': 'boolean', 'fields/Due': 'dateTime' };

function matches(filter: string, rows: Row[]): Row[] {
  const predicate = compileFilter<Row>(parseFilter(filter), (property) => {
    const type = TYPES[property];
    if (!type) throw new Error(`unknown ${property}`);
    return { type, get: (row) => row[property.slice('fields/'.length)] ?? null };
  });
  return rows.filter(predicate);
}

const rows: Row[] = [
  { Title: "O'Brien", N: 1, Done: true, Due: '2026-01-01T10:00:00Z' },
  { Title: 'alpha', N: 2, Done: false, Due: '2026-06-01T10:00:00Z' },
  { Title: 'Beta', N: 3, Done: null, Due: null },
];
const titles = (filter: string): FieldValue[] => matches(filter, rows).map((r) => r.Title);

test('and binds tighter than or; parentheses and not change that', () => {
  expect(parseFilter("fields/N eq 1 or fields/N eq 2 and fields/Done eq true")).toMatchObject({ kind: 'or', right: { kind: 'and' } });
  expect(titles("fields/N eq 1 or fields/N eq 2 and fields/Done eq true")).toEqual(["O'Brien"]);
  expect(titles("(fields/N eq 1 or fields/N eq 2) and fields/Done eq false")).toEqual(['alpha']);
  expect(titles("not (fields/N ge 2)")).toEqual(["O'Brien"]);
  expect(conjuncts(parseFilter("fields/N gt 0 and fields/Title eq 'x' and fields/Done eq true"))).toHaveLength(3);
});

test("string literals use '' for a quote and compare case-insensitively, as SharePoint does", () => {
  expect(titles("fields/Title eq 'O''Brien'")).toEqual(["O'Brien"]);
  expect(titles("fields/Title eq 'BETA'")).toEqual(['Beta']);
  expect(titles("startswith(fields/Title,'AL')")).toEqual(['alpha']);
  expect(titles("fields/Title lt 'b'")).toEqual(['alpha']);
});

test('numbers, booleans (also 1/0), date-times (quoted or not) and null', () => {
  expect(titles('2 le fields/N')).toEqual(['alpha', 'Beta']);
  expect(titles('fields/Done eq 1')).toEqual(["O'Brien"]);
  expect(titles("fields/Due ge '2026-03-01T00:00:00Z'")).toEqual(['alpha']);
  expect(titles('fields/Due lt 2026-03-01T00:00:00Z')).toEqual(["O'Brien"]);
  expect(titles('fields/Due eq null')).toEqual(['Beta']);
  expect(titles('fields/Done ne true')).toEqual(['alpha', 'Beta']);
});

test.each([
  "fields/Title eq 'open",
  'fields/N eq',
  'fields/N eq 1 fields/N',
  'fields/N eq 1 and',
  "fields/N eq 'x'",
  "fields/Done eq 'yes'",
  'fields/N between 1',
  '',
])('%j is an invalid filter clause (400)', (filter) => {
  let error: unknown;
  try {
    matches(filter, rows);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(GraphHttpError);
  expect((error as GraphHttpError).status).toBe(400);
});
