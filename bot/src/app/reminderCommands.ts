import { reminderPlanCard } from '../cards/reminderPlanCard';
import { isCoordinator } from '../domain/model';
import { formatDate, formatDay } from '../i18n/format';
import { messages } from '../i18n';
import { acting, actingOnMeeting, type Handler } from './acting';
import { presentersOf } from './reminders/confirmedAgendas';
import { together } from './together';
import { cardReply, textReply } from './turn';

/** The reminders' commands: the meeting's Teams link, the reminder plan, and confirming the agenda. */

export const setMeetingLink: Handler<'setMeetingLink'> = async (context, command) => {
  const { actor, locale, meeting: target } = await actingOnMeeting(context, command.date);
  const meeting = await context.services.meetings.setJoinLink(actor, target, command.url);
  return [textReply(messages(locale).reminders.linkSet(formatDate(meeting.startsAt, locale)))];
};

export const showReminders: Handler<'reminders'> = async (context) => {
  const { actor, locale } = await acting(context);
  const { reminderPlans, meetings, deps } = context.services;
  const [plan, next] = await together([reminderPlans.current(actor.group.id), meetings.next(actor.group.id)]);
  const card = reminderPlanCard({
    groupId: actor.group.id, groupName: actor.group.name, settings: plan.settings, version: plan.version,
    canChange: isCoordinator(actor.member), next, now: deps.now(), locale,
  });
  return [cardReply(card, messages(locale).reminders.planTitle(actor.group.name))];
};

/** The agenda is confirmed in one write; the channel post and the presenters' notes go out through the outbox right after. */
export const confirmAgenda: Handler<'confirmAgenda'> = async (context) => {
  const { actor, locale } = await acting(context);
  const meeting = await context.services.meetings.confirmAgenda(actor);
  const [view, members] = await together([context.services.agenda.agenda(meeting), context.services.deps.store.members.listByGroup(actor.group.id)]);
  const presenters = new Set(presentersOf(view, new Map(members.map((m) => [m.id, m]))).map((p) => p.member.id));
  context.outbox.soon();
  return [textReply(messages(locale).reminders.confirmed(formatDay(meeting.startsAt, locale), presenters.size))];
};
