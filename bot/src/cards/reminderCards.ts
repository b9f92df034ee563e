import type { AgendaView } from '../domain/agenda';
import type { AgendaItem, Meeting } from '../domain/model';
import { formatDay, formatDayTime, formatMinutes } from '../i18n/format';
import { messages, type Locale } from '../i18n';
import { agendaCard } from './agendaCard';
import { card, container, heading, muted, openUrl, text, type AdaptiveCard, type CardElement } from './elements';

/**
 * What the app posts on its own before a meeting. The channel's reminders are the
 * agenda card under a lead line, so they carry the same add buttons and the same
 * Teams link; a presenter's note is a card of its own, in their personal chat.
 */
export interface ReminderCardInput {
  groupName: string;
  view: AgendaView;
  locale: Locale;
}

export interface RenderedCard {
  card: AdaptiveCard;
  /** Shown in notifications and by clients that cannot render the card. */
  summary: string;
}

function underLead(lead: string, { groupName, view, locale }: ReminderCardInput): AdaptiveCard {
  const agenda = agendaCard({ groupName, view, locale });
  return card([container([text(lead, { weight: 'Bolder' })], { style: 'accent', bleed: true }), ...agenda.body], agenda.actions ?? []);
}

export function agendaCallCard(input: ReminderCardInput): RenderedCard {
  const { meeting } = input.view;
  const t = messages(input.locale).reminders;
  const lead = t.agendaCallLead(formatDayTime(meeting.startsAt, input.locale), formatDayTime(meeting.agendaDeadline, input.locale));
  return { card: underLead(lead, input), summary: t.agendaCallSummary(formatDay(meeting.startsAt, input.locale)) };
}

export function deadlineReminderCard(input: ReminderCardInput): RenderedCard {
  const deadline = formatDayTime(input.view.meeting.agendaDeadline, input.locale);
  const t = messages(input.locale).reminders;
  return { card: underLead(t.deadlineLead(deadline), input), summary: t.deadlineSummary(deadline) };
}

export function meetingReminderCard(input: ReminderCardInput): RenderedCard {
  const { meeting } = input.view;
  const when = formatDayTime(meeting.startsAt, input.locale);
  const t = messages(input.locale).reminders;
  return { card: underLead(t.meetingLead(when, meeting.place), input), summary: t.meetingSummary(when) };
}

export function confirmedAgendaCard(input: ReminderCardInput): RenderedCard {
  const date = formatDay(input.view.meeting.startsAt, input.locale);
  const t = messages(input.locale).reminders;
  return { card: underLead(t.confirmedLead(date), input), summary: t.confirmedSummary(date) };
}

export interface PresenterNoteInput {
  item: AgendaItem;
  view: AgendaView;
  locale: Locale;
}

/** "Du är föredragande": the item, its number on the confirmed agenda, its minutes, and the meeting. */
export function presenterNoteCard({ item, view, locale }: PresenterNoteInput): RenderedCard {
  const t = messages(locale).reminders;
  const meeting: Meeting = view.meeting;
  const number = view.numbers.get(item.id) ?? 0;
  const body: CardElement[] = [
    heading(t.presenterTitle),
    text(t.presenterItem(number, item.title), { weight: 'Bolder' }),
    text(t.presenterMeeting(formatDayTime(meeting.startsAt, locale), meeting.place), { spacing: 'Small' }),
    item.minutes !== undefined ? text(t.presenterMinutes(formatMinutes(item.minutes, locale)), { spacing: 'Small' }) : muted(t.presenterNoMinutes),
  ];
  const actions = [
    ...(meeting.joinLink ? [openUrl(messages(locale).agenda.joinLink, meeting.joinLink)] : []),
    ...(item.link ? [openUrl(messages(locale).item.link, item.link)] : []),
  ];
  return { card: card(body, actions), summary: t.presenterSummary(item.title) };
}
