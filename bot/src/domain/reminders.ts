import { DomainError } from './errors';
import type { Meeting, Versioned } from './model';
import { addDays, fromStockholm, toStockholm, type LocalTime } from './time/stockholm';

/**
 * The reminders a group gets before each meeting, and when. Each kind goes out a
 * number of days before what it is about (the meeting, or the agenda deadline) at a
 * Stockholm wall-clock time, so summer time never moves it; it is only worth sending
 * until a point (the deadline, the meeting's start), after which it is dropped.
 */
export const REMINDER_KINDS = ['agendaCall', 'deadlineReminder', 'meetingReminder'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface ReminderSetting {
  enabled: boolean;
  /** Whole days before the meeting (or, for the deadline reminder, before the agenda deadline). */
  daysBefore: number;
  time: LocalTime;
}

export type ReminderSettings = Record<ReminderKind, ReminderSetting>;

/** A group's own plan; a group that never changed it follows DEFAULT_REMINDERS. */
export interface ReminderPlan extends Versioned {
  groupId: string;
  settings: ReminderSettings;
  updatedAt: string;
}

/** The Swedish defaults: the agenda call a week ahead, the deadline and the meeting a day ahead. */
export const DEFAULT_REMINDERS: ReminderSettings = {
  agendaCall: { enabled: true, daysBefore: 7, time: { hour: 9, minute: 0 } },
  deadlineReminder: { enabled: true, daysBefore: 1, time: { hour: 9, minute: 0 } },
  meetingReminder: { enabled: true, daysBefore: 1, time: { hour: 13, minute: 0 } },
};

export const REMINDER_DAYS = { min: 1, max: 14 } as const;

export interface ReminderTime {
  kind: ReminderKind;
  dueAt: Date;
  /** After this instant the reminder is dropped, never sent late. */
  usefulUntil: Date;
  /** What the reminder is about; a moved meeting or deadline is reminded of again. */
  about: string;
}

const earlier = (a: Date, b: Date): Date => (a <= b ? a : b);

/** When one kind goes out for a meeting under a setting, enabled or not. */
export function reminderTime(meeting: Meeting, kind: ReminderKind, setting: ReminderSetting): ReminderTime {
  const start = new Date(meeting.startsAt);
  const deadline = new Date(meeting.agendaDeadline);
  const anchor = kind === 'deadlineReminder' ? deadline : start;
  const dueAt = fromStockholm(addDays(toStockholm(anchor), -setting.daysBefore), setting.time);
  const usefulUntil = kind === 'meetingReminder' ? start : earlier(deadline, start);
  return { kind, dueAt, usefulUntil, about: kind === 'deadlineReminder' ? meeting.agendaDeadline : meeting.startsAt };
}

/** The enabled reminders of a meeting, in the order they go out. */
export function reminderTimes(meeting: Meeting, settings: ReminderSettings): ReminderTime[] {
  return REMINDER_KINDS.filter((kind) => settings[kind].enabled)
    .map((kind) => reminderTime(meeting, kind, settings[kind]))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** The longest a reminder can come before its meeting: the scheduler looks this far ahead. */
export const REMINDER_HORIZON_DAYS = REMINDER_DAYS.max * 2 + 1;

/** A setting as a card sends it back (strings or numbers, anything): checked field by field, all problems at once. */
export interface ReminderSettingForm {
  enabled: unknown;
  days: unknown;
  time: unknown;
}

function checkDays(raw: unknown): number | DomainError {
  const text = String(raw ?? '').trim();
  const days = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(days) || days < REMINDER_DAYS.min || days > REMINDER_DAYS.max) {
    return new DomainError('reminderDaysInvalid', { value: text.slice(0, 40), min: REMINDER_DAYS.min, max: REMINDER_DAYS.max });
  }
  return days;
}

/** "09:00" (what Input.Time sends), "9.00", "9". */
export function checkReminderTime(raw: unknown): LocalTime | DomainError {
  const text = String(raw ?? '').trim();
  const match = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(text);
  const hour = match ? Number(match[1]) : NaN;
  const minute = match?.[2] === undefined ? 0 : Number(match[2]);
  if (!match || hour > 23 || minute > 59) return new DomainError('reminderTimeInvalid', { value: text.slice(0, 40) });
  return { hour, minute };
}

const isOn = (raw: unknown): boolean => raw === true || raw === 'true';

export function readReminderSetting(form: ReminderSettingForm): ReminderSetting | DomainError[] {
  const days = checkDays(form.days);
  const time = checkReminderTime(form.time);
  const problems = [days, time].filter((v): v is DomainError => v instanceof DomainError);
  if (problems.length > 0) return problems;
  return { enabled: isOn(form.enabled), daysBefore: days as number, time: time as LocalTime };
}

export const sameSetting = (a: ReminderSetting, b: ReminderSetting): boolean =>
  a.enabled === b.enabled && a.daysBefore === b.daysBefore && a.time.hour === b.time.hour && a.time.minute === b.time.minute;
