import { foldForMatching } from '../text';
import { addDays, compareDates, isExistingDate, weekdayOf, type LocalDate, type LocalTime } from './stockholm';

/**
 * Dates and times as the group writes them: "2026-12-08", "8/12", "8 dec",
 * "tisdag 8 december", "idag". English forms work too. Input is folded
 * (å/ä/ö → a/o, lower case) before matching.
 */

export type DateParseResult =
  | { ok: true; date: LocalDate }
  | { ok: false; reason: 'notADate' | 'dateNotExisting' | 'weekdayMismatch'; actualWeekday?: number };

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, februari: 2, february: 2,
  mar: 3, mars: 3, march: 3,
  apr: 4, april: 4,
  maj: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  aug: 8, augusti: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
};

const WEEKDAYS: Record<string, number> = {
  son: 0, sondag: 0, sun: 0, sunday: 0,
  man: 1, mandag: 1, mon: 1, monday: 1,
  tis: 2, tisdag: 2, tue: 2, tues: 2, tuesday: 2,
  ons: 3, onsdag: 3, wed: 3, wednesday: 3,
  tor: 4, tors: 4, torsdag: 4, thu: 4, thurs: 4, thursday: 4,
  fre: 5, fredag: 5, fri: 5, friday: 5,
  lor: 6, lordag: 6, sat: 6, saturday: 6,
};

const RELATIVE: Record<string, number> = { idag: 0, today: 0, imorgon: 1, tomorrow: 1 };

function inferYear(month: number, day: number, today: LocalDate): number {
  // A date without a year is the next time it comes round, today included.
  const thisYear = { year: today.year, month, day };
  return compareDates(thisYear, today) >= 0 ? today.year : today.year + 1;
}

function withChecks(date: LocalDate, weekday: number | undefined): DateParseResult {
  if (!isExistingDate(date)) return { ok: false, reason: 'dateNotExisting' };
  const actual = weekdayOf(date);
  if (weekday !== undefined && weekday !== actual) return { ok: false, reason: 'weekdayMismatch', actualWeekday: actual };
  return { ok: true, date };
}

const normalizeYear = (year: number): number => (year < 100 ? 2000 + year : year);

/** "onsdag 30 september 2026" is the longest date anyone writes; longer text is no date. */
const MAX_DATE_CHARS = 64;
const MAX_CLOCK_CHARS = 16;

export function parseSwedishDate(input: string, today: LocalDate): DateParseResult {
  if (input.length > MAX_DATE_CHARS) return { ok: false, reason: 'notADate' };
  const words = foldForMatching(input).replace(/,/g, ' ').split(/\s+/).filter(Boolean).map((w) => w.replace(/\.$/, ''));
  if (words.length === 0) return { ok: false, reason: 'notADate' };

  const first = words[0]!;
  if (words.length === 1 && first in RELATIVE) return { ok: true, date: addDays(today, RELATIVE[first]!) };

  let weekday: number | undefined;
  if (first in WEEKDAYS) {
    weekday = WEEKDAYS[first];
    words.shift();
  }
  // "tisdag" alone is the next Tuesday, today included.
  if (words.length === 0) return weekday === undefined ? { ok: false, reason: 'notADate' } : { ok: true, date: nextWeekday(today, weekday) };

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(words[0]!);
  if (iso && words.length === 1) {
    return withChecks({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }, weekday);
  }

  const numeric = /^(\d{1,2})\/(\d{1,2})(?:[/-](\d{2}|\d{4}))?$/.exec(words[0]!);
  if (numeric && (words.length === 1 || (words.length === 2 && /^\d{4}$/.test(words[1]!)))) {
    const day = Number(numeric[1]);
    const month = Number(numeric[2]);
    const explicitYear = numeric[3] ?? words[1];
    const year = explicitYear ? normalizeYear(Number(explicitYear)) : inferYear(month, day, today);
    return withChecks({ year, month, day }, weekday);
  }

  const dayWord = /^(\d{1,2})$/.exec(words[0]!);
  const month = words[1] !== undefined ? MONTHS[words[1]] : undefined;
  if (dayWord && month !== undefined && words.length <= 3) {
    const day = Number(dayWord[1]);
    const yearWord = words[2];
    if (yearWord !== undefined && !/^\d{4}$/.test(yearWord)) return { ok: false, reason: 'notADate' };
    const year = yearWord ? Number(yearWord) : inferYear(month, day, today);
    return withChecks({ year, month, day }, weekday);
  }
  return { ok: false, reason: 'notADate' };
}

function nextWeekday(today: LocalDate, weekday: number): LocalDate {
  return addDays(today, (weekday - weekdayOf(today) + 7) % 7);
}

/** "13", "13.00", "13:30", "kl 13" */
export function parseClock(input: string): LocalTime | undefined {
  if (input.length > MAX_CLOCK_CHARS) return undefined;
  const match = /^(?:kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?$/.exec(foldForMatching(input).trim());
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

/** "13-16", "13.00–16.00", "13:00 - 16:30" */
export const TIME_RANGE = /(?:^|\s)(?:kl\.?\s*)?(\d{1,2}(?:[.:]\d{2})?)\s*[-–—]\s*(\d{1,2}(?:[.:]\d{2})?)(?=\s|$)/;
