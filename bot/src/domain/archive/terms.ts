import { toStockholm } from '../time/stockholm';

/**
 * The school year's halves: vårtermin (January–June) and hösttermin (July–December),
 * by the meeting's date in Stockholm, so a meeting on the evening of 30 June UTC that
 * is 1 July in Sweden belongs to the autumn.
 */
export type TermKind = 'vt' | 'ht';

export interface Term {
  kind: TermKind;
  year: number;
  /** "ht2026": how a term is named in addresses and queries. */
  key: string;
}

const term = (kind: TermKind, year: number): Term => ({ kind, year, key: `${kind}${year}` });

export function termOf(startsAtIso: string): Term {
  const local = toStockholm(new Date(startsAtIso));
  return term(local.month <= 6 ? 'vt' : 'ht', local.year);
}

const TERM_KEY = /^(vt|ht)(\d{4})$/;

/** "ht2026" → the term; anything else → undefined. */
export function parseTermKey(key: string): Term | undefined {
  const match = TERM_KEY.exec(key.trim().toLowerCase());
  if (!match) return undefined;
  const year = Number(match[2]);
  return year >= 1900 && year <= 2999 ? term(match[1] as TermKind, year) : undefined;
}

/** Newer terms first: the autumn after the spring of the same year. */
export const compareTermsNewestFirst = (a: Term, b: Term): number => b.year - a.year || (a.kind === b.kind ? 0 : a.kind === 'ht' ? -1 : 1);
