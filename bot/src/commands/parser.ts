import { DomainError } from '../domain/errors';
import type { RoleOrMembership } from '../domain/members';
import type { Language } from '../domain/model';
import type { LocalDate, LocalTime } from '../domain/time/stockholm';
import { parseClock, parseSwedishDate, TIME_RANGE, type DateParseResult } from '../domain/time/swedishDates';
import { foldForMatching, tidy } from '../domain/text';

/**
 * Chat commands, Swedish first with English aliases. Matching ignores case and
 * accepts a/o for å/ä/ö; the user's own words (titles, places) keep their letters.
 */
export type Command =
  | { kind: 'help' }
  | { kind: 'agenda'; date?: LocalDate }
  | { kind: 'addItem'; title: string; date?: LocalDate }
  | { kind: 'addNotice'; text: string; date?: LocalDate }
  | { kind: 'planMeeting'; date: LocalDate; start: LocalTime; end: LocalTime; place: string; joinLink?: string }
  | { kind: 'setMeetingLink'; url: string; date?: LocalDate }
  | { kind: 'reminders' }
  | { kind: 'confirmAgenda' }
  | { kind: 'setRole'; who: string; change: RoleOrMembership }
  | { kind: 'setDeadline'; date: LocalDate; time: LocalTime }
  | { kind: 'setLanguage'; language: Language }
  | { kind: 'invalid'; command: CommandName; error: DomainError }
  | { kind: 'unknown'; text: string };

export type CommandName = 'agenda' | 'addItem' | 'addNotice' | 'planMeeting' | 'setMeetingLink' | 'setRole' | 'setDeadline' | 'setLanguage';

const KEYWORDS: [string, Exclude<CommandName, 'setMeetingLink'> | 'help' | 'reminders' | 'confirmAgenda'][] = [
  ['faststall dagordningen', 'confirmAgenda'],
  ['faststall dagordning', 'confirmAgenda'],
  ['faststall', 'confirmAgenda'],
  ['confirm agenda', 'confirmAgenda'],
  ['lagg till punkt', 'addItem'],
  ['add item', 'addItem'],
  ['ny punkt', 'addItem'],
  ['punkt', 'addItem'],
  ['item', 'addItem'],
  ['kort kort', 'addNotice'],
  ['kortkort', 'addNotice'],
  ['kort, kort', 'addNotice'],
  ['quick', 'addNotice'],
  ['dagordning', 'agenda'],
  ['dagordningen', 'agenda'],
  ['agenda', 'agenda'],
  ['nytt mote', 'planMeeting'],
  ['mote', 'planMeeting'],
  ['meeting', 'planMeeting'],
  ['roll', 'setRole'],
  ['role', 'setRole'],
  ['deadline', 'setDeadline'],
  ['sista dag', 'setDeadline'],
  ['sprak', 'setLanguage'],
  ['language', 'setLanguage'],
  ['paminnelser', 'reminders'],
  ['paminnelse', 'reminders'],
  ['reminders', 'reminders'],
  ['hjalp', 'help'],
  ['help', 'help'],
  ['?', 'help'],
];

const LANGUAGE_WORDS: Record<string, Language> = {
  svenska: 'sv', swedish: 'sv', sv: 'sv',
  engelska: 'en', english: 'en', en: 'en',
};

const ROLE_WORDS: Record<string, RoleOrMembership> = {
  ordforande: { role: 'ordforande' }, ordf: { role: 'ordforande' }, chair: { role: 'ordforande' },
  sekreterare: { role: 'sekreterare' }, sekr: { role: 'sekreterare' }, secretary: { role: 'sekreterare' },
  ledamot: { role: 'ledamot' }, member: { role: 'ledamot' },
  lg: { membership: 'LG' }, sg: { membership: 'SG' }, gast: { membership: 'gast' }, guest: { membership: 'gast' },
};

/** Drops the keyword's words from the user's original text, keeping the rest as typed. */
function restAfter(original: string, keyword: string): string {
  const words = tidy(original).split(' ');
  return words.slice(keyword.split(' ').length).join(' ');
}

function dateError(result: Extract<DateParseResult, { ok: false }>, value: string): DomainError {
  if (result.reason === 'dateNotExisting') return new DomainError('dateNotExisting', { value });
  if (result.reason === 'weekdayMismatch') return new DomainError('weekdayMismatch', { value, weekday: result.actualWeekday ?? 0 });
  return new DomainError('dateInvalid', { value });
}

/**
 * "… till 8 dec" names the meeting; "Bidrag till skolan" does not, and stays in the title.
 * The last "till" is the candidate, so "Bidrag till skolan till 8 dec" still finds its date,
 * and a bare "till 8 dec" leaves an empty title to be reported instead of becoming one.
 */
function splitTargetDate(rest: string, today: LocalDate): { text: string; date?: LocalDate } | DomainError {
  const match = /^(?:(.*)\s+)?(?:till|to)\s+(.+)$/i.exec(rest);
  if (!match) return { text: rest };
  const parsed = parseSwedishDate(match[2]!, today);
  if (parsed.ok) return { text: match[1] ?? '', date: parsed.date };
  if (parsed.reason === 'notADate') return { text: rest };
  return dateError(parsed, match[2]!);
}

const LINK_WORDS = new Set(['lank', 'link']);

/**
 * "… länk <url>" at the end of a meeting command: the words after the last "länk"
 * are the link (one word, or it is reported as invalid). Split on spaces, so it
 * takes time in proportion to the text.
 */
function splitJoinLink(rest: string): { rest: string; link?: string } {
  const words = rest.split(' ');
  let at = -1;
  for (let i = words.length - 1; i >= 0 && at < 0; i--) if (LINK_WORDS.has(foldForMatching(words[i]!))) at = i;
  if (at < 0) return { rest };
  return { rest: words.slice(0, at).join(' '), link: words.slice(at + 1).join(' ') };
}

/** `möte länk <url>` (the next meeting) or `möte <datum> länk <url>`: the link of a planned meeting. */
function parseMeetingLink(before: string, link: string, today: LocalDate): Command | undefined {
  const invalid = (error: DomainError): Command => ({ kind: 'invalid', command: 'setMeetingLink', error });
  if (!link || link.includes(' ')) return invalid(new DomainError('joinLinkInvalid', { value: link.slice(0, 80) }));
  if (!before) return { kind: 'setMeetingLink', url: link };
  const parsed = parseSwedishDate(before, today);
  if (parsed.ok) return { kind: 'setMeetingLink', url: link, date: parsed.date };
  if (parsed.reason !== 'notADate') return invalid(dateError(parsed, before));
  return undefined;
}

function parseMeeting(whole: string, today: LocalDate): Command {
  const { rest, link } = splitJoinLink(whole);
  if (link !== undefined) {
    const linkOnly = parseMeetingLink(rest, link, today);
    if (linkOnly) return linkOnly;
  }
  const usage = (error: DomainError): Command => ({ kind: 'invalid', command: 'planMeeting', error });
  const range = TIME_RANGE.exec(rest);
  if (!range) return usage(new DomainError('timeInvalid', { value: rest }));
  const datePart = rest.slice(0, range.index).trim();
  const place = rest.slice(range.index + range[0].length).trim();
  const parsed = parseSwedishDate(datePart, today);
  if (!parsed.ok) return usage(dateError(parsed, datePart));
  const start = parseClock(range[1]!);
  const end = parseClock(range[2]!);
  if (!start || !end) return usage(new DomainError('timeInvalid', { value: range[0].trim() }));
  if (!place) return usage(new DomainError('placeMissing'));
  return { kind: 'planMeeting', date: parsed.date, start, end, place, ...(link !== undefined ? { joinLink: link } : {}) };
}

function parseRole(rest: string): Command {
  const words = rest.split(' ').filter(Boolean);
  const change = ROLE_WORDS[foldForMatching(words[words.length - 1] ?? '')];
  const who = words.slice(0, -1).join(' ');
  if (!change || !who) return { kind: 'invalid', command: 'setRole', error: new DomainError('unknownRole', { value: rest }) };
  return { kind: 'setRole', who, change };
}

function parseDeadline(rest: string, today: LocalDate): Command {
  const words = rest.split(' ').filter(Boolean);
  let time: LocalTime = { hour: 12, minute: 0 };
  const last = words[words.length - 1] ?? '';
  // A bare number is a time only after "kl" ("kl 9"); otherwise "3 dec 2026" would lose its year.
  const afterKl = /^(kl\.?|at)$/i.test(words[words.length - 2] ?? '');
  const clock = /[.:]/.test(last) || afterKl ? parseClock(last) : undefined;
  if (clock) {
    time = clock;
    words.pop();
    if (/^(kl\.?|at)$/i.test(words[words.length - 1] ?? '')) words.pop();
  }
  const datePart = words.join(' ');
  const parsed = parseSwedishDate(datePart, today);
  if (!parsed.ok) return { kind: 'invalid', command: 'setDeadline', error: dateError(parsed, datePart) };
  return { kind: 'setDeadline', date: parsed.date, time };
}

/** `today` may be given lazily: most commands carry no date, and finding today's date costs. */
export function parseCommand(input: string, todayOrClock: LocalDate | (() => LocalDate)): Command {
  let resolved: LocalDate | undefined;
  const todayOf = (): LocalDate => (resolved ??= typeof todayOrClock === 'function' ? todayOrClock() : todayOrClock);
  const text = tidy(input);
  const folded = foldForMatching(text);
  const match = KEYWORDS.find(([keyword]) => folded === keyword || folded.startsWith(`${keyword} `));
  if (!match) return { kind: 'unknown', text };
  const [keyword, name] = match;
  const rest = restAfter(text, keyword);

  switch (name) {
    case 'help':
      return { kind: 'help' };
    case 'reminders':
      return { kind: 'reminders' };
    case 'confirmAgenda':
      return { kind: 'confirmAgenda' };
    case 'agenda': {
      if (!rest) return { kind: 'agenda' };
      const parsed = parseSwedishDate(rest, todayOf());
      return parsed.ok ? { kind: 'agenda', date: parsed.date } : { kind: 'invalid', command: 'agenda', error: dateError(parsed, rest) };
    }
    case 'addItem':
    case 'addNotice': {
      const target = splitTargetDate(rest, todayOf());
      if (target instanceof DomainError) return { kind: 'invalid', command: name, error: target };
      if (name === 'addItem') {
        if (!target.text) return { kind: 'invalid', command: name, error: new DomainError('titleMissing') };
        return { kind: 'addItem', title: target.text, date: target.date };
      }
      if (!target.text) return { kind: 'invalid', command: name, error: new DomainError('noticeMissing') };
      return { kind: 'addNotice', text: target.text, date: target.date };
    }
    case 'planMeeting':
      return parseMeeting(rest, todayOf());
    case 'setRole':
      return parseRole(rest);
    case 'setDeadline':
      return parseDeadline(rest, todayOf());
    case 'setLanguage': {
      const language = LANGUAGE_WORDS[foldForMatching(rest)];
      return language ? { kind: 'setLanguage', language } : { kind: 'invalid', command: name, error: new DomainError('unknownLanguage', { value: rest }) };
    }
  }
}
