import { DomainError } from '../domain/errors';
import type { RoleOrMembership } from '../domain/members';
import type { Language } from '../domain/model';
import { compareDates, type LocalDate, type LocalTime } from '../domain/time/stockholm';
import { parseClock, parseSwedishDate, TIME_RANGE, type DateParseResult } from '../domain/time/swedishDates';
import { readQuery } from '../domain/archive/searchText';
import { charLength, excerpt, foldForMatching, tidy } from '../domain/text';
import { LIMITS } from '../domain/validation';

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
  | { kind: 'setDeadline'; date: LocalDate; time: LocalTime; meetingDate?: LocalDate }
  | { kind: 'showDeadline' }
  | { kind: 'setLanguage'; language: Language }
  | { kind: 'moveItem'; number: number; date: LocalDate }
  | { kind: 'removeItem'; number: number }
  | { kind: 'moveMeeting'; meetingDate?: LocalDate; date: LocalDate; start?: LocalTime; end?: LocalTime }
  | { kind: 'cancelMeeting'; meetingDate?: LocalDate }
  /** `synpunkter <ämne>`: the form that asks the group for feedback, with the topic as its question. */
  | { kind: 'askFeedback'; topic: string }
  /** `beslut <sökord>`: the group's decisions that hold the words. */
  | { kind: 'searchDecisions'; query: string }
  /** `protokoll [datum]`: a link to that meeting's minutes in the tab; without a date the latest published. */
  | { kind: 'minutesLink'; date?: LocalDate }
  /** `command` is absent when the text was refused before it was read (too long). */
  | { kind: 'invalid'; command?: CommandName; error: DomainError }
  | { kind: 'unknown'; text: string };

export type CommandName =
  | 'agenda' | 'addItem' | 'addNotice' | 'planMeeting' | 'setMeetingLink' | 'setRole' | 'setDeadline' | 'setLanguage'
  | 'moveItem' | 'removeItem' | 'moveMeeting' | 'cancelMeeting' | 'searchDecisions' | 'minutesLink';

/** Longer keywords first where one begins another ("flytta punkt" before "punkt"). */
const KEYWORDS: [string, Exclude<CommandName, 'setMeetingLink'> | 'help' | 'reminders' | 'confirmAgenda' | 'askFeedback'][] = [
  ['faststall dagordningen', 'confirmAgenda'],
  ['faststall dagordning', 'confirmAgenda'],
  ['faststall', 'confirmAgenda'],
  ['confirm agenda', 'confirmAgenda'],
  ['flytta punkt', 'moveItem'],
  ['move item', 'moveItem'],
  ['ta bort punkt', 'removeItem'],
  ['stryk punkt', 'removeItem'],
  ['remove item', 'removeItem'],
  ['flytta motet', 'moveMeeting'],
  ['flytta mote', 'moveMeeting'],
  ['move meeting', 'moveMeeting'],
  ['move the meeting', 'moveMeeting'],
  ['stall in motet', 'cancelMeeting'],
  ['stall in mote', 'cancelMeeting'],
  ['avboka motet', 'cancelMeeting'],
  ['avboka mote', 'cancelMeeting'],
  ['cancel meeting', 'cancelMeeting'],
  ['cancel the meeting', 'cancelMeeting'],
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
  ['be om synpunkter', 'askFeedback'],
  ['synpunkter', 'askFeedback'],
  ['synpunkt', 'askFeedback'],
  ['ask for feedback', 'askFeedback'],
  ['feedback', 'askFeedback'],
  ['beslut', 'searchDecisions'],
  ['decisions', 'searchDecisions'],
  ['protokollet', 'minutesLink'],
  ['protokoll', 'minutesLink'],
  ['anteckningarna', 'minutesLink'],
  ['minutes', 'minutesLink'],
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

/** A keyword may be followed by a colon or a dash, as people write: "Kort kort: …", "punkt – …". */
const AFTER_KEYWORD = /^(?::\s*|[-–—]\s+)/;
/** …or stand alone with a question mark: "deadline?", "hjälp!". */
const ALONE = /^[?!.]*$/;

function matchKeyword(folded: string): (typeof KEYWORDS)[number] | undefined {
  return KEYWORDS.find(([keyword]) => {
    if (!folded.startsWith(keyword)) return false;
    const after = folded.slice(keyword.length);
    return ALONE.test(after) || after.startsWith(' ') || after.startsWith(':');
  });
}

/** Drops the keyword (and a colon or dash after it) from the user's original text, keeping the rest as typed. */
function restAfter(original: string, keyword: string): string {
  // Folding keeps the length of these letters, so the keyword's length applies to the original text.
  const rest = original.slice(keyword.length).trim().replace(AFTER_KEYWORD, '').trim();
  return ALONE.test(rest) ? '' : rest;
}

const TILL = /^(till|to)$/i;

/** The last "till"/"to" that has words after it, splitting what comes before from after. */
function splitAtLastTill(text: string): { before: string; after: string } | undefined {
  const words = text.split(' ');
  for (let i = words.length - 2; i >= 0; i--) {
    if (TILL.test(words[i]!)) return { before: words.slice(0, i).join(' '), after: words.slice(i + 1).join(' ') };
  }
  return undefined;
}

/** "3 dec kl 12", "3 dec 12.00", "3 dec at 9": the date and, when given, the time at its end. */
function splitTrailingTime(text: string): { date: string; time?: LocalTime } {
  const words = text.split(' ').filter(Boolean);
  const last = words[words.length - 1] ?? '';
  // A bare number is a time only after "kl"/"at" ("kl 9"); otherwise "3 dec 2026" would lose its year.
  const afterKl = /^(kl\.?|at)$/i.test(words[words.length - 2] ?? '');
  const time = /^\d{1,2}[.:]\d{2}$/.test(last) || afterKl ? parseClock(last) : undefined;
  if (!time) return { date: words.join(' ') };
  words.pop();
  if (/^(kl\.?|at)$/i.test(words[words.length - 1] ?? '')) words.pop();
  return { date: words.join(' '), time };
}

function dateError(result: Extract<DateParseResult, { ok: false }>, typed: string): DomainError {
  const value = excerpt(typed);
  if (result.reason === 'dateNotExisting') return new DomainError('dateNotExisting', { value });
  if (result.reason === 'weekdayMismatch') return new DomainError('weekdayMismatch', { value, weekday: result.actualWeekday ?? 0 });
  return new DomainError('dateInvalid', { value });
}

/**
 * "… till 8 dec" names the meeting; "Bidrag till skolan" does not, and stays in the title.
 * The last "till" is the candidate, so "Bidrag till skolan till 8 dec" still finds its date,
 * "till 2027-01-12 kl 13" is the meeting that day, and a bare "till 8 dec" leaves an empty
 * title to be reported instead of becoming one.
 */
function splitTargetDate(rest: string, today: LocalDate): { text: string; date?: LocalDate } | DomainError {
  const split = splitAtLastTill(rest);
  if (!split) return { text: rest };
  const { date } = splitTrailingTime(split.after);
  const parsed = parseSwedishDate(date, today);
  if (parsed.ok) return { text: split.before, date: parsed.date };
  if (parsed.reason === 'notADate') return { text: rest };
  return dateError(parsed, date);
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
  if (!range) return usage(new DomainError('timeInvalid', { value: excerpt(rest) }));
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
  if (!change || !who) return { kind: 'invalid', command: 'setRole', error: new DomainError('unknownRole', { value: excerpt(rest) }) };
  return { kind: 'setRole', who, change };
}

/** Words that may stand before the meeting's date: "deadline för mötet 15 dec till 10 dec". */
const MEETING_WORDS = /^((for|för)\s+)?((motet|mötet|mote|möte|the meeting|meeting)\s*)?/i;

/**
 * "deadline 3 dec kl 12", "deadline till 3 dec", "deadline 15 dec till 10 dec kl 9"
 * (the meeting on the 15th, its deadline the 10th). Without a time it is 12.00.
 */
function parseDeadline(rest: string, today: LocalDate): Command {
  if (!rest) return { kind: 'showDeadline' };
  const invalid = (error: DomainError): Command => ({ kind: 'invalid', command: 'setDeadline', error });
  const split = splitAtLastTill(rest);
  const meetingPart = split ? split.before.replace(MEETING_WORDS, '').trim() : '';
  let meetingDate: LocalDate | undefined;
  if (meetingPart) {
    const meeting = parseSwedishDate(meetingPart, today);
    if (!meeting.ok) return invalid(dateError(meeting, meetingPart));
    meetingDate = meeting.date;
  }
  const { date, time } = splitTrailingTime(split ? split.after : rest);
  const parsed = parseSwedishDate(date, today);
  if (!parsed.ok) return invalid(dateError(parsed, date));
  return { kind: 'setDeadline', date: parsed.date, time: time ?? { hour: 12, minute: 0 }, ...(meetingDate ? { meetingDate } : {}) };
}

/** "7", "nr 7", "7." → 7. */
function itemNumber(text: string): number | undefined {
  const match = /^(?:nr\.?\s*|nummer\s+|#)?(\d{1,3})\.?$/i.exec(text.trim());
  return match ? Number(match[1]) : undefined;
}

/** "flytta punkt 7 till 15 dec" */
function parseMoveItem(rest: string, today: LocalDate): Command {
  const invalid = (error: DomainError): Command => ({ kind: 'invalid', command: 'moveItem', error });
  const split = splitAtLastTill(rest);
  const number = itemNumber(split ? split.before : rest);
  if (number === undefined) return invalid(new DomainError('itemNumberMissing', { value: excerpt(rest) }));
  if (!split) return invalid(new DomainError('moveTargetMissing'));
  const { date } = splitTrailingTime(split.after);
  const parsed = parseSwedishDate(date, today);
  return parsed.ok ? { kind: 'moveItem', number, date: parsed.date } : invalid(dateError(parsed, date));
}

/** "ta bort punkt 7" */
function parseRemoveItem(rest: string): Command {
  const number = itemNumber(rest);
  return number === undefined ? { kind: 'invalid', command: 'removeItem', error: new DomainError('itemNumberMissing', { value: excerpt(rest) }) } : { kind: 'removeItem', number };
}

/** "flytta mötet till 15 dec", "flytta mötet 8 dec till 15 dec 9-12" */
function parseMoveMeeting(rest: string, today: LocalDate): Command {
  const invalid = (error: DomainError): Command => ({ kind: 'invalid', command: 'moveMeeting', error });
  const split = splitAtLastTill(rest);
  if (!split) return invalid(new DomainError('moveTargetMissing'));
  let meetingDate: LocalDate | undefined;
  if (split.before) {
    const meeting = parseSwedishDate(split.before, today);
    if (!meeting.ok) return invalid(dateError(meeting, split.before));
    meetingDate = meeting.date;
  }
  const range = TIME_RANGE.exec(split.after);
  const datePart = range ? split.after.slice(0, range.index).trim() : split.after;
  const parsed = parseSwedishDate(datePart, today);
  if (!parsed.ok) return invalid(dateError(parsed, datePart));
  if (range && range.index + range[0].length < split.after.length) return invalid(new DomainError('timeInvalid', { value: excerpt(split.after) }));
  const start = range ? parseClock(range[1]!) : undefined;
  const end = range ? parseClock(range[2]!) : undefined;
  if (range && (!start || !end)) return invalid(new DomainError('timeInvalid', { value: range[0].trim() }));
  return { kind: 'moveMeeting', date: parsed.date, ...(meetingDate ? { meetingDate } : {}), ...(start && end ? { start, end } : {}) };
}

/** "ställ in mötet", "ställ in mötet 8 dec" */
function parseCancelMeeting(rest: string, today: LocalDate): Command {
  if (!rest) return { kind: 'cancelMeeting' };
  const parsed = parseSwedishDate(rest, today);
  return parsed.ok ? { kind: 'cancelMeeting', meetingDate: parsed.date } : { kind: 'invalid', command: 'cancelMeeting', error: dateError(parsed, rest) };
}

/** "beslut budget 2027": the words are checked as the archive's search checks them (2–200 characters, at most 8 words). */
function parseDecisionSearch(rest: string): Command {
  try {
    return { kind: 'searchDecisions', query: readQuery(rest).text };
  } catch (error) {
    if (error instanceof DomainError) return { kind: 'invalid', command: 'searchDecisions', error };
    throw error;
  }
}

/**
 * "protokoll 10 nov": minutes are of meetings held, so a date without a year is the
 * last one that has been ("10 nov" on 22 November is this year's, "15 dec" last year's).
 */
function parseMinutesLink(rest: string, today: LocalDate): Command {
  if (!rest) return { kind: 'minutesLink' };
  const parsed = parseSwedishDate(rest, today);
  if (!parsed.ok) return { kind: 'invalid', command: 'minutesLink', error: dateError(parsed, rest) };
  if (compareDates(parsed.date, today) <= 0) return { kind: 'minutesLink', date: parsed.date };
  const yearBefore = parseSwedishDate(rest, { ...today, year: today.year - 1 });
  return { kind: 'minutesLink', date: yearBefore.ok && compareDates(yearBefore.date, today) <= 0 ? yearBefore.date : parsed.date };
}

/** `today` may be given lazily: most commands carry no date, and finding today's date costs. */
export function parseCommand(input: string, todayOrClock: LocalDate | (() => LocalDate)): Command {
  // Refused before any work: every step below is linear, but nothing needs more than this.
  if (input.length > LIMITS.message) return { kind: 'invalid', error: new DomainError('messageTooLong', { max: LIMITS.message, length: charLength(input) }) };
  let resolved: LocalDate | undefined;
  const todayOf = (): LocalDate => (resolved ??= typeof todayOrClock === 'function' ? todayOrClock() : todayOrClock);
  const text = tidy(input);
  const folded = foldForMatching(text);
  const match = matchKeyword(folded);
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
    case 'askFeedback':
      return { kind: 'askFeedback', topic: rest };
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
    case 'moveItem':
      return parseMoveItem(rest, todayOf());
    case 'removeItem':
      return parseRemoveItem(rest);
    case 'moveMeeting':
      return parseMoveMeeting(rest, todayOf());
    case 'cancelMeeting':
      return parseCancelMeeting(rest, todayOf());
    case 'searchDecisions':
      return parseDecisionSearch(rest);
    case 'minutesLink':
      return parseMinutesLink(rest, todayOf());
    case 'setLanguage': {
      const language = LANGUAGE_WORDS[foldForMatching(rest)];
      return language ? { kind: 'setLanguage', language } : { kind: 'invalid', command: name, error: new DomainError('unknownLanguage', { value: rest }) };
    }
  }
}
