/**
 * Text helpers shared by the command parser and the domain. Members type fast and
 * often without å/ä/ö, so matching folds those letters; stored text keeps them.
 * Every helper runs in time linear in its input; callers cap what they pass in.
 */

/** No name is longer; initials are derived from at most this much of one. */
const MAX_NAME_CHARS = 256;

const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u', æ: 'a', ø: 'o' };

export function foldForMatching(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[åäöéèüæø]/g, (ch) => FOLD[ch] ?? ch)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Characters no one means to store: C0 and C1 controls, and the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make text
 * display in another order than it is written (a title that reads differently from
 * what it says). Tab, line feed, vertical tab, form feed and carriage return are
 * white space and are handled apart by each function below.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN_IN_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** One line: hidden characters dropped, runs of white space collapsed, trimmed; keeps the user's letters and case. */
export const tidy = (text: string): string => text.normalize('NFC').replace(HIDDEN, '').replace(/\s+/g, ' ').trim();

/** Several lines (a description): hidden characters dropped, line breaks and tabs kept, trimmed. */
export const tidyLines = (text: string): string => text.normalize('NFC').replace(/\r\n?/g, '\n').replace(HIDDEN_IN_LINES, '').trim();

/** "Maria Boman Hansson" → "MBH"; "Anna-Karin Ek" → "AKE". */
export function baseInitials(name: string): string {
  const letters = tidy(name.slice(0, MAX_NAME_CHARS))
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toLocaleUpperCase('sv-SE'));
  return letters.join('') || '?';
}

/**
 * Initials unique within the group: a clash gets the next letter of the last name ("KG", "KGe").
 * Clashes are judged folded, as members are matched: "AO" next to "ÅÖ" would find both.
 */
export function uniqueInitials(name: string, taken: ReadonlySet<string>): string {
  const folded = new Set([...taken].map(foldForMatching));
  const isTaken = (candidate: string): boolean => folded.has(foldForMatching(candidate));
  const base = baseInitials(name);
  if (!isTaken(base)) return base;
  const last = tidy(name.slice(0, MAX_NAME_CHARS)).split(/\s+/).pop() ?? '';
  for (let i = 1; i < last.length; i++) {
    const candidate = base + last.slice(1, i + 1).toLocaleLowerCase('sv-SE');
    if (!isTaken(candidate)) return candidate;
  }
  for (let n = 2; ; n++) {
    if (!isTaken(`${base}${n}`)) return `${base}${n}`;
  }
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Characters as the user sees them (code points), counted without copying the text. */
export function charLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    // The second half of a surrogate pair belongs to the character before it.
    if (!(isLowSurrogate(text.charCodeAt(i)) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) count++;
  }
  return count;
}

/** The start of a text to quote back in a message: at most `max` characters, an ellipsis if cut. */
export function excerpt(text: string, max = 60): string {
  if (text.length <= max) return text;
  // Do not leave half a surrogate pair at the end.
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
