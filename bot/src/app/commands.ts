import { agendaCard } from '../cards/agendaCard';
import { helpCard } from '../cards/helpCard';
import { itemCard } from '../cards/itemCard';
import type { Command } from '../commands/parser';
import { roleChangeLines } from './roleChangeText';
import { formatDate, formatDateTime, formatTimeRange } from '../i18n/format';
import { messages } from '../i18n';
import { cardReply, replyLocale, textReply, type Outgoing } from './turn';
import { acting, actingOnMeeting, type CommandContext, type Handler } from './acting';
import { searchDecisions, showMinutesLink } from './archiveCommands';
import { askFeedback } from './feedbackCommands';
import { cancelMeeting, moveItem, moveMeeting, removeItem, showDeadline } from './planCommands';
import { confirmAgenda, setMeetingLink, showReminders } from './reminderCommands';

const showAgenda: Handler<'agenda'> = async (context, command) => {
  const { actor, locale, meeting } = await actingOnMeeting(context, command.date);
  const view = await context.services.agenda.agenda(meeting);
  return [cardReply(agendaCard({ groupName: actor.group.name, view, locale }), messages(locale).agenda.title(actor.group.name))];
};

const addItem: Handler<'addItem'> = async (context, command) => {
  const { actor, locale, meeting } = await actingOnMeeting(context, command.date);
  const item = await context.services.agenda.addItem(meeting, actor.member, command.title);
  const added = messages(locale).agenda.itemAdded(item.title);
  return [cardReply(itemCard({ item, meeting, locale, feedback: { kind: 'good', lines: [added] } }), added)];
};

const addNotice: Handler<'addNotice'> = async (context, command) => {
  const { actor, locale, meeting } = await actingOnMeeting(context, command.date);
  const notice = await context.services.agenda.addNotice(meeting, actor.member, command.text);
  return [textReply(messages(locale).notice.added(notice.title, actor.member.initials, formatDate(meeting.startsAt, locale)))];
};

const planMeeting: Handler<'planMeeting'> = async (context, command) => {
  const { actor, locale } = await acting(context);
  const meeting = await context.services.meetings.plan(actor, command);
  const t = messages(locale);
  const lines = [t.meeting.planned(formatDate(meeting.startsAt, locale), formatTimeRange(meeting.startsAt, meeting.endsAt, locale), meeting.place, formatDateTime(meeting.agendaDeadline, locale))];
  if (meeting.joinLink) lines.push(t.reminders.linkSet(formatDate(meeting.startsAt, locale)));
  // Items of a cancelled meeting wait for the next one planned.
  const adopted = await context.services.planChanges.adoptHomeless(actor, meeting);
  if (adopted.length > 0) lines.push(t.plan.adopted(adopted.length), ...adopted.map((item) => `• ${item.title}`));
  return [textReply(lines.join('\n\n'))];
};

const setDeadline: Handler<'setDeadline'> = async (context, command) => {
  const { actor, locale, meeting: next } = await actingOnMeeting(context, command.meetingDate);
  const meeting = await context.services.meetings.setDeadline(actor, next, command.date, command.time);
  return [textReply(messages(locale).meeting.deadlineChanged(formatDate(meeting.startsAt, locale), formatDateTime(meeting.agendaDeadline, locale)))];
};

const setRole: Handler<'setRole'> = async (context, command) => {
  const { actor, locale } = await acting(context);
  const change = await context.services.members.change(actor, command.who, command.change);
  return [textReply(roleChangeLines(change, command.change, locale).join('\n\n'))];
};

const setLanguage: Handler<'setLanguage'> = async (context, command) => {
  const { actor } = await acting(context);
  const group = await context.services.groups.setLanguage(actor, command.language);
  return [textReply(messages(replyLocale(context.turn, group)).language.changed)];
};

export function runCommand(context: CommandContext, command: Command): Promise<Outgoing[]> {
  const { locale } = context.turn;
  switch (command.kind) {
    case 'help':
      return Promise.resolve([cardReply(helpCard(locale), messages(locale).help.title)]);
    case 'unknown': {
      const lead = messages(locale).common.notUnderstood(command.text.slice(0, 80));
      return Promise.resolve([cardReply(helpCard(locale, lead), lead)]);
    }
    case 'invalid':
      throw command.error;
    case 'agenda':
      return showAgenda(context, command);
    case 'addItem':
      return addItem(context, command);
    case 'addNotice':
      return addNotice(context, command);
    case 'planMeeting':
      return planMeeting(context, command);
    case 'setDeadline':
      return setDeadline(context, command);
    case 'setMeetingLink':
      return setMeetingLink(context, command);
    case 'reminders':
      return showReminders(context, command);
    case 'confirmAgenda':
      return confirmAgenda(context, command);
    case 'setRole':
      return setRole(context, command);
    case 'setLanguage':
      return setLanguage(context, command);
    case 'showDeadline':
      return showDeadline(context, command);
    case 'moveItem':
      return moveItem(context, command);
    case 'removeItem':
      return removeItem(context, command);
    case 'moveMeeting':
      return moveMeeting(context, command);
    case 'cancelMeeting':
      return cancelMeeting(context, command);
    case 'askFeedback':
      return askFeedback(context, command);
    case 'searchDecisions':
      return searchDecisions(context, command);
    case 'minutesLink':
      return showMinutesLink(context, command);
  }
}
