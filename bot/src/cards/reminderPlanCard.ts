import type { Meeting } from '../domain/model';
import { REMINDER_DAYS, REMINDER_KINDS, reminderTime, type ReminderKind, type ReminderSettings } from '../domain/reminders';
import type { LocalTime } from '../domain/time/stockholm';
import { formatDay, formatDayTime } from '../i18n/format';
import { messages, type Locale } from '../i18n';
import { banner, card, container, executeAction, heading, muted, subheading, text, type AdaptiveCard, type CardElement } from './elements';
import { VERBS } from './verbs';

/** What the plan's inputs show, per kind: as stored, or as typed before a failed save. */
export type ReminderFormText = Record<ReminderKind, { enabled: boolean; days: string; time: string }>;

export interface ReminderPlanCardInput {
  groupId: string;
  groupName: string;
  settings: ReminderSettings;
  /** The stored plan's version, sent back with a save; absent while the group follows the defaults. */
  version?: string;
  /** Chair and secretary get the form; everyone else reads the plan. */
  canChange: boolean;
  /** The next meeting, to say when each reminder goes out for it. */
  next?: Meeting;
  now: Date;
  locale: Locale;
  notice?: { kind: 'good' | 'attention'; lines: string[] };
  values?: ReminderFormText;
}

const pad = (n: number): string => String(n).padStart(2, '0');
/** Input.Time speaks "HH:mm". */
export const timeValue = (time: LocalTime): string => `${pad(time.hour)}:${pad(time.minute)}`;
const clock = (time: LocalTime, locale: Locale): string => (locale === 'sv' ? `${pad(time.hour)}.${pad(time.minute)}` : timeValue(time));

export const formTextOf = (settings: ReminderSettings): ReminderFormText =>
  Object.fromEntries(REMINDER_KINDS.map((k) => [k, { enabled: settings[k].enabled, days: String(settings[k].daysBefore), time: timeValue(settings[k].time) }])) as ReminderFormText;

/** The ids a kind's inputs carry; a save reads them back by the same names. */
export const inputIds = (kind: ReminderKind) => ({ enabled: `${kind}Enabled`, days: `${kind}Days`, time: `${kind}Time` });

/** One kind's inputs: on or off, days before, and the time of day. */
export function reminderInputs(kind: ReminderKind, shown: ReminderFormText[ReminderKind], locale: Locale): CardElement[] {
  const t = messages(locale).reminders;
  const ids = inputIds(kind);
  const days = Number(shown.days);
  return [
    { type: 'Input.Toggle', id: ids.enabled, title: t.enabled, value: shown.enabled ? 'true' : 'false', valueOn: 'true', valueOff: 'false' },
    {
      type: 'Input.Number', id: ids.days, label: t.days(kind), min: REMINDER_DAYS.min, max: REMINDER_DAYS.max,
      ...(shown.days.trim() !== '' && Number.isFinite(days) ? { value: days } : {}),
    },
    { type: 'Input.Time', id: ids.time, label: t.time, value: shown.time },
  ];
}

function nextMeetingLines(input: ReminderPlanCardInput): CardElement[] {
  const { next, settings, locale, now } = input;
  if (!next) return [];
  const t = messages(locale).reminders;
  const lines = REMINDER_KINDS.filter((k) => settings[k].enabled).map((kind) => {
    const { dueAt } = reminderTime(next, kind, settings[kind]);
    const name = t.kindNames[kind];
    return muted(dueAt > now ? t.nextAt(name, formatDayTime(dueAt.toISOString(), locale)) : t.nextPassed(name));
  });
  return [container([text(t.forNext(formatDay(next.startsAt, locale)), { weight: 'Bolder' }), ...lines], { spacing: 'Medium' })];
}

/** `påminnelser`: the group's reminders, and for the chair and secretary the form to change them. */
export function reminderPlanCard(input: ReminderPlanCardInput): AdaptiveCard {
  const { settings, locale, canChange } = input;
  const t = messages(locale).reminders;
  const shown = input.values ?? formTextOf(settings);
  const body: CardElement[] = [];
  if (input.notice) body.push(banner(input.notice.lines, input.notice.kind));
  body.push(heading(t.planTitle(input.groupName)), muted(t.planIntro));
  for (const kind of REMINDER_KINDS) {
    const setting = settings[kind];
    const state = setting.enabled ? t.when(kind, setting.daysBefore, clock(setting.time, locale)) : t.off;
    const rows = [subheading(t.kindNames[kind]), text(state, { spacing: 'None' }), muted(t.kindHelp[kind])];
    body.push(container(canChange ? [...rows, ...reminderInputs(kind, shown[kind], locale)] : rows, { spacing: 'Medium' }));
  }
  body.push(...nextMeetingLines(input));
  if (!canChange) {
    body.push(muted(t.onlyCoordinators));
    return card(body);
  }
  return card(body, [executeAction(t.save, VERBS.saveReminders, { groupId: input.groupId, v: input.version ?? '' }, { style: 'positive' })]);
}
