import { itemByNumber } from '../domain/agenda';
import { formatDate, formatDateTime, formatTimeRange } from '../i18n/format';
import { messages } from '../i18n';
import { actingOnMeeting, type Handler } from './acting';
import { textReply } from './turn';

/** Changing plans by the numbers on the agenda and by dates, in chat. */

/** A bare "deadline": what it is now, and how to change it. */
export const showDeadline: Handler<'showDeadline'> = async (context) => {
  const { locale, meeting } = await actingOnMeeting(context);
  const t = messages(locale);
  return [textReply(`${t.meeting.deadlineNow(formatDate(meeting.startsAt, locale), formatDateTime(meeting.agendaDeadline, locale))}\n\n${t.usage.setDeadline}`)];
};

export const moveItem: Handler<'moveItem'> = async (context, command) => {
  const { actor, locale, meeting } = await actingOnMeeting(context);
  const { agenda, meetings, planChanges } = context.services;
  const [view, target] = await Promise.all([agenda.agenda(meeting), meetings.target(actor.group.id, command.date)]);
  const item = itemByNumber(view, command.number);
  await planChanges.moveItem(actor, item, meeting, target);
  return [textReply(messages(locale).plan.itemMoved(command.number, item.title, formatDate(target.startsAt, locale)))];
};

export const removeItem: Handler<'removeItem'> = async (context, command) => {
  const { actor, locale, meeting } = await actingOnMeeting(context);
  const item = itemByNumber(await context.services.agenda.agenda(meeting), command.number);
  const { withdrawn } = await context.services.planChanges.removeItem(actor, item, meeting);
  const t = messages(locale).item;
  const date = formatDate(meeting.startsAt, locale);
  return [textReply(withdrawn ? t.withdrawn(item.title, date) : t.removed(item.title, date))];
};

export const moveMeeting: Handler<'moveMeeting'> = async (context, command) => {
  const { actor, locale, meeting } = await actingOnMeeting(context, command.meetingDate);
  const times = command.start && command.end ? { start: command.start, end: command.end } : undefined;
  const moved = await context.services.planChanges.moveMeeting(actor, meeting, command.date, times);
  const text = messages(locale).plan.meetingMoved(
    formatDate(meeting.startsAt, locale),
    formatDate(moved.startsAt, locale),
    formatTimeRange(moved.startsAt, moved.endsAt, locale),
    formatDateTime(moved.agendaDeadline, locale),
  );
  return [textReply(text)];
};

export const cancelMeeting: Handler<'cancelMeeting'> = async (context, command) => {
  const { actor, locale, meeting } = await actingOnMeeting(context, command.meetingDate);
  const outcome = await context.services.planChanges.cancelMeeting(actor, meeting);
  const t = messages(locale).plan;
  const lines = [t.meetingCancelled(formatDate(meeting.startsAt, locale))];
  if (outcome.items.length > 0) {
    lines.push(outcome.movedTo ? t.itemsMovedTo(outcome.items.length, formatDate(outcome.movedTo.startsAt, locale)) : t.itemsWaiting(outcome.items.length));
    lines.push(...outcome.items.map((item) => `• ${item.title}`));
  }
  return [textReply(lines.join('\n\n'))];
};
