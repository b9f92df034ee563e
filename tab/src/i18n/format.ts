import type { TabLocale, TabStrings } from './strings';

/** Dates and times as the group reads them: always Stockholm time, whatever the device says. */
const TIME_ZONE = 'Europe/Stockholm';
const formatters = new Map<string, Intl.DateTimeFormat>();

function format(locale: TabLocale, iso: string, options: Intl.DateTimeFormatOptions): string {
  const key = locale + JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { timeZone: TIME_ZONE, ...options });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(iso));
}

/** "13.00" in Swedish, "13:00" in English. */
export function formatTime(iso: string, locale: TabLocale): string {
  const text = format(locale, iso, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return locale === 'sv' ? text.replace(':', '.') : text;
}

const longDate = (iso: string, locale: TabLocale): string =>
  format(locale, iso, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).replace(',', '');

/** "Tisdag 8 december 2026" / "Tuesday 8 December 2026" */
export function formatDate(iso: string, locale: TabLocale): string {
  const text = longDate(iso, locale);
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** "torsdag 3 december 2026 kl. 12.00" / "Thursday 3 December 2026 at 12:00" */
export const formatDateTime = (iso: string, locale: TabLocale): string =>
  `${longDate(iso, locale)} ${locale === 'sv' ? 'kl.' : 'at'} ${formatTime(iso, locale)}`;

export function formatMinutes(total: number, t: TabStrings): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} ${t.hours}` : `${hours} ${t.hours} ${minutes} min`;
}

/** A local day (YYYY-MM-DD, as a due date) written out: "17 november 2026" / "17 November 2026". */
export function formatLocalDay(isoDay: string, locale: TabLocale): string {
  return format(locale, `${isoDay}T12:00:00Z`, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The start of a day's meeting, short: "tisdag 24 november" / "Tuesday 24 November". */
export function formatMeetingDay(iso: string, locale: TabLocale): string {
  return format(locale, iso, { weekday: 'long', day: 'numeric', month: 'long' }).replace(',', '');
}
