import { TIME_ZONE } from '../domain/time/stockholm';
import type { Locale } from './locale';

/** Dates and times as the users read them, always in Stockholm time. */

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let existing = cache.get(key);
  if (!existing) {
    existing = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { timeZone: TIME_ZONE, ...options });
    cache.set(key, existing);
  }
  return existing;
}

// The same few meeting dates are formatted on every agenda; Intl formatting is costly.
const formatted = new Map<string, string>();
const MAX_MEMO = 2000;
function memo(key: string, make: () => string): string {
  let value = formatted.get(key);
  if (value === undefined) {
    if (formatted.size >= MAX_MEMO) formatted.clear();
    value = make();
    formatted.set(key, value);
  }
  return value;
}

const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "tisdag 8 december 2026" / "Tuesday 8 December 2026" */
export function formatDate(iso: string, locale: Locale): string {
  return memo(`d|${locale}|${iso}`, () => {
    const text = formatter(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
    return locale === 'en' ? text.replace(',', '') : text;
  });
}

export const formatDateCapitalized = (iso: string, locale: Locale): string => capitalize(formatDate(iso, locale));

/** "13.00" in Swedish, "13:00" in English. */
export function formatTime(iso: string, locale: Locale): string {
  return memo(`t|${locale}|${iso}`, () => {
    const text = formatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
    return locale === 'sv' ? text.replace(':', '.') : text;
  });
}

export const formatTimeRange = (startIso: string, endIso: string, locale: Locale): string =>
  `${formatTime(startIso, locale)}–${formatTime(endIso, locale)}`;

/** "tisdag 8 december" / "Tuesday 8 December": a date in the coming weeks, read without its year. */
export function formatDay(iso: string, locale: Locale): string {
  return memo(`w|${locale}|${iso}`, () => {
    const text = formatter(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(iso));
    return locale === 'en' ? text.replace(',', '') : text;
  });
}

/** "tisdag 8 december kl. 13.00" / "Tuesday 8 December at 13:00": when a reminder or meeting comes. */
export const formatDayTime = (iso: string, locale: Locale): string =>
  locale === 'sv' ? `${formatDay(iso, locale)} kl. ${formatTime(iso, locale)}` : `${formatDay(iso, locale)} at ${formatTime(iso, locale)}`;

export const formatDateTime = (iso: string, locale: Locale): string =>
  locale === 'sv' ? `${formatDate(iso, locale)} kl. ${formatTime(iso, locale)}` : `${formatDate(iso, locale)} at ${formatTime(iso, locale)}`;

/** A local date (no instant) written out: used for what the user typed. */
export function formatLocalDate(isoDay: string, locale: Locale): string {
  return formatDate(`${isoDay}T12:00:00Z`, locale);
}

const WEEKDAY_NAMES: Record<Locale, string[]> = {
  sv: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
export const weekdayName = (weekday: number, locale: Locale): string => WEEKDAY_NAMES[locale][weekday] ?? '';

export function formatMinutes(total: number, locale: Locale): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return `${minutes} min`;
  const h = locale === 'sv' ? 'tim' : 'h';
  return minutes === 0 ? `${hours} ${h}` : `${hours} ${h} ${minutes} min`;
}
