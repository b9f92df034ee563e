import { DomainError } from '../errors';

/**
 * Search over the archive's text, the same on every store: folded for comparison
 * (case, diacritics: å→a, ä→a, ö→o, é→e, ü→u; æ→ae, ø→o, ß→ss), matched word by word
 * with indexOf-style scanning (no regular expression over the text, no backtracking),
 * so a search takes time in proportion to the text searched.
 */

export const SEARCH_LIMITS = { minChars: 2, maxChars: 200, maxWords: 8, contextChars: 200 } as const;

/** A word found inside another from this many letters: "budget" in "Skolbudget", not "lag" in "förslag". */
const INSIDE_MIN_LETTERS = 4;

const SPECIAL: Record<string, string> = { æ: 'ae', Æ: 'ae', ø: 'o', Ø: 'o', ß: 'ss', ẞ: 'ss', œ: 'oe', Œ: 'oe', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l' };
const COMBINING = /\p{M}/gu;
const folds = new Map<string, string>();

/** One character (a code point) folded; ASCII answers at once, the rest is worked out once and remembered. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let folded = folds.get(ch);
  if (folded === undefined) {
    folded = SPECIAL[ch] ?? ch.normalize('NFKD').replace(COMBINING, '').toLowerCase();
    if (folds.size < 10_000) folds.set(ch, folded);
  }
  return folded;
}

// eslint-disable-next-line no-control-regex -- every character outside ASCII, which is folded one by one
const NOT_ASCII = /[^\u0000-\u007f]/gu;

/** The text folded for search: ASCII lowercased at once, every other character through its remembered fold. */
export const foldForSearch = (text: string): string => text.replace(NOT_ASCII, foldChar).toLowerCase();

/** The folded text, and where each of its offsets (and its end) lies in the original. */
export function foldWithMap(text: string): { folded: string; originOf: (offset: number) => number } {
  let shifted = false;
  const folded = text.replace(NOT_ASCII, (ch) => {
    const piece = foldChar(ch);
    if (piece.length !== ch.length) shifted = true;
    return piece;
  }).toLowerCase();
  // Most text folds letter for letter: the offsets are the original's.
  if (!shifted && folded.length === text.length) return { folded, originOf: (offset) => offset };
  const origin: number[] = [];
  let at = 0;
  for (const ch of text) {
    const piece = foldChar(ch);
    for (let i = 0; i < piece.length; i++) origin.push(at);
    at += ch.length;
  }
  origin.push(at);
  return { folded, originOf: (offset) => origin[offset] ?? at };
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** A query as the matcher uses it: its folded words, each found once. */
export interface SearchQuery {
  text: string;
  words: string[];
}

/** Splits folded text into words: runs of letters and digits. */
function wordsOf(folded: string): string[] {
  const words: string[] = [];
  let current = '';
  for (const ch of folded) {
    if (isWordChar(ch)) current += ch;
    else if (current) {
      words.push(current);
      current = '';
    }
  }
  if (current) words.push(current);
  return words;
}

/** What the person typed as a query, or the DomainError that says, in their words, what to change. */
export function readQuery(raw: unknown): SearchQuery {
  const text = typeof raw === 'string' ? raw.trim() : '';
  // Counted before anything else is done with it: the cap comes first.
  if (text.length > SEARCH_LIMITS.maxChars) throw new DomainError('searchTooLong', { length: text.length, max: SEARCH_LIMITS.maxChars });
  if ([...text].length < SEARCH_LIMITS.minChars) throw new DomainError('searchTooShort', { min: SEARCH_LIMITS.minChars });
  const words = [...new Set(wordsOf(foldForSearch(text)))];
  if (words.length === 0) throw new DomainError('searchNoWords');
  if (words.length > SEARCH_LIMITS.maxWords) throw new DomainError('searchTooManyWords', { length: words.length, max: SEARCH_LIMITS.maxWords });
  return { text, words };
}

/** Where a word was found in a folded text. */
export interface Occurrence {
  start: number;
  end: number;
  /** At the start of a word (else inside one, a compound's later part). */
  atWordStart: boolean;
}

/** At most this many occurrences of a word are kept per text: enough to mark a context. */
const MAX_OCCURRENCES = 32;

/**
 * Where the word occurs as a search hit: at a word's start, or inside a word when it
 * is long enough. Occurrences never overlap: a query word has no separators, so no
 * other word can start within one found, and each step moves past the last find.
 */
export function occurrences(folded: string, word: string): Occurrence[] {
  const found: Occurrence[] = [];
  const inside = [...word].length >= INSIDE_MIN_LETTERS;
  let from = 0;
  while (found.length < MAX_OCCURRENCES) {
    const at = folded.indexOf(word, from);
    if (at < 0) break;
    const atWordStart = at === 0 || !isWordChar(previousChar(folded, at));
    if (atWordStart || inside) found.push({ start: at, end: at + word.length, atWordStart });
    from = at + word.length;
  }
  return found;
}

function previousChar(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.charAt(at - 1);
}

/** A text that matched every word: how well, and where. */
export interface TextMatch {
  /** Every word was found at a word's start (ranks first). */
  allAtWordStart: boolean;
  found: Occurrence[];
}

/** Every word found in the folded text, or undefined. */
export function matchText(folded: string, query: SearchQuery): TextMatch | undefined {
  const found: Occurrence[] = [];
  let allAtWordStart = true;
  for (const word of query.words) {
    const hits = occurrences(folded, word);
    if (hits.length === 0) return undefined;
    if (!hits.some((h) => h.atWordStart)) allAtWordStart = false;
    found.push(...hits);
  }
  return { allAtWordStart, found };
}

/** The text around the first hit, at most about 200 characters, and where each hit lies in it. */
export interface Context {
  context: string;
  marks: { start: number; end: number }[];
}

const ELLIPSIS = '…';

/** Cuts the original text around its first hit and marks every hit within the cut, in the original's letters. */
export function contextOf(original: string, query: SearchQuery, width: number = SEARCH_LIMITS.contextChars): Context {
  const { folded, originOf } = foldWithMap(original);
  const match = matchText(folded, query);
  const hits = (match?.found ?? []).map((o) => ({ start: originOf(o.start), end: originOf(o.end) })).sort((a, b) => a.start - b.start);
  const first = hits[0];
  if (original.length <= width || !first) {
    const context = original.length <= width ? original : original.slice(0, width) + ELLIPSIS;
    return { context, marks: original.length <= width ? hits : hits.filter((h) => h.end <= width) };
  }
  // A little before the first hit, so it is read in its sentence.
  let start = Math.max(0, Math.min(first.start - Math.floor(width / 4), original.length - width));
  let end = Math.min(original.length, start + width);
  start = backToWordStart(original, start);
  end = forwardToWordEnd(original, end, start + width + 20);
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < original.length ? ELLIPSIS : '';
  const marks = hits.filter((h) => h.start >= start && h.end <= end).map((h) => ({ start: h.start - start + prefix.length, end: h.end - start + prefix.length }));
  return { context: prefix + original.slice(start, end) + suffix, marks };
}

function backToWordStart(text: string, at: number): number {
  let i = at;
  for (let steps = 0; i > 0 && steps < 20 && isWordChar(text.charAt(i - 1)); steps++) i--;
  return i > 0 && isWordChar(text.charAt(i - 1)) ? at : i;
}

function forwardToWordEnd(text: string, at: number, limit: number): number {
  let i = at;
  while (i < text.length && i < limit && isWordChar(text.charAt(i))) i++;
  return i;
}
