/**
 * Wall-clock time in Europe/Stockholm, instants in UTC. The group thinks in local
 * dates and times; the stores keep UTC ISO strings so DST changes never move a meeting.
 */
export const TIME_ZONE = 'Europe/Stockholm';

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface LocalTime {
  hour: number;
  minute: number;
}

export interface LocalDateTime extends LocalDate, LocalTime {
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

// Formatter construction is costly; one per process is enough.
const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

export function toStockholm(instant: Date): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const local = { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
  return { ...local, weekday: weekdayOf(local) };
}

function offsetMinutesAt(utcMillis: number): number {
  const local = toStockholm(new Date(utcMillis));
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  return Math.round((asUtc - Math.floor(utcMillis / 60000) * 60000) / 60000);
}

/** The instant of a Stockholm wall-clock time (a time skipped by DST resolves forward). */
export function fromStockholm(date: LocalDate, time: LocalTime): Date {
  const naive = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  const firstGuess = naive - offsetMinutesAt(naive) * 60000;
  const corrected = naive - offsetMinutesAt(firstGuess) * 60000;
  return new Date(corrected);
}

export function isExistingDate(date: LocalDate): boolean {
  if (!Number.isInteger(date.year) || !Number.isInteger(date.month) || !Number.isInteger(date.day)) return false;
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  return date.day <= new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
}

export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export const isoDate = (date: LocalDate): string =>
  `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

/** The inverse of isoDate, for a YYYY-MM-DD the app itself stored (a due date, say). */
export function localDateOf(iso: string): LocalDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

export function minutesBetween(startIso: string, endIso: string): number {
  return Math.round((Date.parse(endIso) - Date.parse(startIso)) / 60000);
}
