/**
 * Text helpers shared by the command parser and the domain. Members type fast and
 * often without å/ä/ö, so matching folds those letters; stored text keeps them.
 */

const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u', æ: 'a', ø: 'o' };

export function foldForMatching(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[åäöéèüæø]/g, (ch) => FOLD[ch] ?? ch)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Collapses runs of white space and trims; keeps the user's letters and case. */
export const tidy = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** "Maria Boman Hansson" → "MBH"; "Anna-Karin Ek" → "AKE". */
export function baseInitials(name: string): string {
  const letters = tidy(name)
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
  const last = tidy(name).split(/\s+/).pop() ?? '';
  for (let i = 1; i < last.length; i++) {
    const candidate = base + last.slice(1, i + 1).toLocaleLowerCase('sv-SE');
    if (!isTaken(candidate)) return candidate;
  }
  for (let n = 2; ; n++) {
    if (!isTaken(`${base}${n}`)) return `${base}${n}`;
  }
}

export const charLength = (text: string): number => [...text].length;
