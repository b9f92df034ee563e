import { badRequest } from './graphErrors';
import { compareValues, normalizeDateTime, uniqueKey, type ColumnType, type FieldValue } from './fieldValues';

/**
 * The subset of OData $filter that list queries use, per
 * https://learn.microsoft.com/en-us/graph/api/listitem-list ("You can apply the $filter
 * (eq, ne, lt, gt, le, ge, and startswith) query parameter"): comparisons, startswith,
 * and/or/not, parentheses, and literals ('text' with '' as the escaped quote, numbers,
 * true/false, null, unquoted ISO date-times). Anything else is a 400, as Graph answers
 * a filter it cannot parse ("Invalid filter clause").
 */
export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export interface Literal {
  type: 'string' | 'number' | 'boolean' | 'null' | 'dateTime';
  value: string | number | boolean | null;
}
export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: CompareOp; property: string; value: Literal }
  | { kind: 'startswith'; property: string; value: string };

type Token = { t: 'punct'; v: '(' | ')' | ',' } | { t: 'word'; v: string } | { t: 'literal'; v: Literal };

const OPS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FLIPPED: Record<CompareOp, CompareOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };
const invalid = (detail: string): Error => badRequest(`Invalid filter clause: ${detail}`);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) { i += space[0].length; continue; }
    const c = text[i]!;
    if (c === '(' || c === ')' || c === ',') { tokens.push({ t: 'punct', v: c }); i++; continue; }
    if (c === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw invalid('unterminated string literal');
        if (text[j] === "'") {
          if (text[j + 1] === "'") { value += "'"; j += 2; continue; }
          break;
        }
        value += text[j++];
      }
      tokens.push({ t: 'literal', v: { type: 'string', value } });
      i = j + 1;
      continue;
    }
    const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})/.exec(rest);
    if (dateTime) { tokens.push({ t: 'literal', v: { type: 'dateTime', value: dateTime[0] } }); i += dateTime[0].length; continue; }
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?(?![\w/])/.exec(rest);
    if (number) { tokens.push({ t: 'literal', v: { type: 'number', value: Number(number[0]) } }); i += number[0].length; continue; }
    const word = /^[A-Za-z_][\w/.]*/.exec(rest);
    if (!word) throw invalid(`unexpected '${c}' at position ${i}`);
    const v = word[0];
    if (v === 'true' || v === 'false') tokens.push({ t: 'literal', v: { type: 'boolean', value: v === 'true' } });
    else if (v === 'null') tokens.push({ t: 'literal', v: { type: 'null', value: null } });
    else tokens.push({ t: 'word', v });
    i += v.length;
  }
  return tokens;
}

/** Parses a $filter expression into a tree; throws a Graph 400 on any syntax it does not know. */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isWord = (v: string): boolean => { const t = peek(); return t?.t === 'word' && t.v === v; };
  const expectPunct = (v: string): void => {
    const t = tokens[pos++];
    if (t?.t !== 'punct' || t.v !== v) throw invalid(`expected '${v}'`);
  };
  const operand = (): { property?: string; literal?: Literal } => {
    const t = tokens[pos++];
    if (t?.t === 'word' && !OPS.has(t.v)) return { property: t.v };
    if (t?.t === 'literal') return { literal: t.v };
    throw invalid('expected a property or a literal');
  };
  const primary = (): FilterNode => {
    if (peek()?.t === 'punct' && (peek() as { v: string }).v === '(') {
      pos++;
      const inner = or();
      expectPunct(')');
      return inner;
    }
    if (isWord('not')) { pos++; return { kind: 'not', operand: primary() }; }
    if (isWord('startswith')) {
      pos++;
      expectPunct('(');
      const { property } = operand();
      expectPunct(',');
      const { literal } = operand();
      expectPunct(')');
      if (!property || literal?.type !== 'string') throw invalid('startswith takes a property and a string');
      return { kind: 'startswith', property, value: literal.value as string };
    }
    const left = operand();
    const op = tokens[pos++];
    if (op?.t !== 'word' || !OPS.has(op.v)) throw invalid('expected eq, ne, gt, ge, lt or le');
    const right = operand();
    if (left.property && right.literal) return { kind: 'compare', op: op.v as CompareOp, property: left.property, value: right.literal };
    if (left.literal && right.property) return { kind: 'compare', op: FLIPPED[op.v as CompareOp], property: right.property, value: left.literal };
    throw invalid('a comparison needs one property and one literal');
  };
  const and = (): FilterNode => {
    let node = primary();
    while (isWord('and')) { pos++; node = { kind: 'and', left: node, right: primary() }; }
    return node;
  };
  const or = (): FilterNode => {
    let node = and();
    while (isWord('or')) { pos++; node = { kind: 'or', left: node, right: and() }; }
    return node;
  };
  if (tokens.length === 0) throw invalid('empty expression');
  const tree = or();
  if (pos !== tokens.length) throw invalid('unexpected text after the expression');
  return tree;
}

export function referencedProperties(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and': case 'or': return [...referencedProperties(node.left), ...referencedProperties(node.right)];
    case 'not': return referencedProperties(node.operand);
    default: return [node.property];
  }
}

/** The clauses joined by top-level `and`s, left to right. */
export function conjuncts(node: FilterNode): FilterNode[] {
  return node.kind === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

/** Turns a literal into the stored form of a column's values, or fails as an invalid clause. */
function coerceLiteral(type: ColumnType, literal: Literal, property: string): FieldValue {
  if (literal.type === 'null') return null;
  const value = literal.value;
  const bad = (): never => { throw invalid(`${JSON.stringify(value)} cannot be compared with ${type} property '${property}'`); };
  switch (type) {
    case 'text': return literal.type === 'string' ? (value as string) : bad();
    case 'number':
      if (literal.type === 'number') return value as number;
      return literal.type === 'string' && (value as string).trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : bad();
    case 'boolean':
      // SharePoint also takes 1/0 for yes/no columns.
      if (literal.type === 'boolean') return value as boolean;
      return literal.type === 'number' && (value === 0 || value === 1) ? value === 1 : bad();
    case 'dateTime':
      return (literal.type === 'string' || literal.type === 'dateTime') ? (normalizeDateTime(value as string) ?? bad()) : bad();
  }
}

export interface ResolvedProperty<Row> {
  type: ColumnType;
  get(row: Row): FieldValue;
}

/** Compiles a tree into a predicate; `resolve` maps a property path to a typed accessor (or throws). */
export function compileFilter<Row>(node: FilterNode, resolve: (property: string) => ResolvedProperty<Row>): (row: Row) => boolean {
  switch (node.kind) {
    case 'and': { const l = compileFilter(node.left, resolve); const r = compileFilter(node.right, resolve); return (row) => l(row) && r(row); }
    case 'or': { const l = compileFilter(node.left, resolve); const r = compileFilter(node.right, resolve); return (row) => l(row) || r(row); }
    case 'not': { const inner = compileFilter(node.operand, resolve); return (row) => !inner(row); }
    case 'startswith': {
      const prop = resolve(node.property);
      if (prop.type !== 'text') throw invalid(`startswith needs a text property, '${node.property}' is ${prop.type}`);
      const prefix = node.value.toLocaleLowerCase('en');
      return (row) => { const v = prop.get(row); return typeof v === 'string' && v.toLocaleLowerCase('en').startsWith(prefix); };
    }
    case 'compare': {
      const prop = resolve(node.property);
      const literal = coerceLiteral(prop.type, node.value, node.property);
      const op = node.op;
      if (literal === null) {
        if (op !== 'eq' && op !== 'ne') throw invalid('null can only be compared with eq or ne');
        return (row) => (prop.get(row) === null) === (op === 'eq');
      }
      const key = uniqueKey(prop.type, literal);
      return (row) => {
        const value = prop.get(row);
        if (op === 'eq') return value !== null && uniqueKey(prop.type, value) === key;
        if (op === 'ne') return value === null || uniqueKey(prop.type, value) !== key;
        if (value === null) return false;
        const c = compareValues(prop.type, value, literal);
        return op === 'gt' ? c > 0 : op === 'ge' ? c >= 0 : op === 'lt' ? c < 0 : c <= 0;
      };
    }
  }
}
