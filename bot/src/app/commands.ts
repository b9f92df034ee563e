import { agendaCard } from '../cards/agendaCard';
import { helpCard } from '../cards/helpCard';
import { itemCard } from '../cards/itemCard';
import { reminderPlanCard } from '../cards/reminderPlanCard';
import type { Command } from '../commands/parser';
import { roleChangeLines } from './roleChangeText';
import { isCoordinator, type Actor, type Meeting } from '../domain/model';
import type { LocalDate } from '../domain/time/stockholm';
import { formatDate, formatDateTime, formatDay, formatTimeRange } from '../i18n/format';
import { messages, type Locale } from '../i18n';
import { ActorResolver } from './actors';
import { presentersOf } from './reminders/confirmedAgendas';
import { together } from './together';
import { cardReply, replyLocale, textReply, type Outgoing } from './turn';
import type { VerbContext } from './verbs/cardVerb';

/** What every command handler may use; the same as a card verb's. */
export type CommandContext = VerbContext;

type Handler<K extends Command['kind']> = (context: CommandContext, command: Extract<Command, { kind: K }>) => Promise<Outgoing[]>;

interface Acting {
  actor: Actor;
  locale: Locale;
}

async function acting(context: CommandContext): Promise<Acting> {
  const actor = await context.actors.forTurn(context.turn);
  return { actor, locale: replyLocale(context.turn, actor.group) };
}

/**
 * The actor and the meeting a command is about. In a team channel the meeting is
 * looked up alongside the actor, so a store that batches reads needs one round trip.
 */
async function actingOnMeeting(context: CommandContext, date?: LocalDate): Promise<Acting & { meeting: Meeting }> {
  const { meetings } = context.services;
  const groupId = ActorResolver.teamGroupId(context.turn);
  if (groupId) {
    const [found, meeting] = await together<[Acting, Meeting]>([acting(context), meetings.target(groupId, date)]);
    return { ...found, meeting };
  }
  const found = await acting(context);
  return { ...found, meeting: await meetings.target(found.actor.group.id, date) };
}

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
  const text = messages(locale).meeting.planned(
    formatDate(meeting.startsAt, locale),
    formatTimeRange(meeting.startsAt, meeting.endsAt, locale),
    meeting.place,
    formatDateTime(meeting.agendaDeadline, locale),
  );
  const link = meeting.joinLink ? [messages(locale).reminders.linkSet(formatDate(meeting.startsAt, locale))] : [];
  return [textReply([text, ...link].join('\n\n'))];
};

const setMeetingLink: Handler<'setMeetingLink'> = async (context, command) => {
  const { actor, locale, meeting: target } = await actingOnMeeting(context, command.date);
  const meeting = await context.services.meetings.setJoinLink(actor, target, command.url);
  return [textReply(messages(locale).reminders.linkSet(formatDate(meeting.startsAt, locale)))];
};

const showReminders: Handler<'reminders'> = async (context) => {
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
const confirmAgenda: Handler<'confirmAgenda'> = async (context) => {
  const { actor, locale } = await acting(context);
  const meeting = await context.services.meetings.confirmAgenda(actor);
  const [view, members] = await together([context.services.agenda.agenda(meeting), context.services.deps.store.members.listByGroup(actor.group.id)]);
  const presenters = new Set(presentersOf(view, new Map(members.map((m) => [m.id, m]))).map((p) => p.member.id));
  context.outbox.soon();
  return [textReply(messages(locale).reminders.confirmed(formatDay(meeting.startsAt, locale), presenters.size))];
};

const setDeadline: Handler<'setDeadline'> = async (context, command) => {
  const { actor, locale, meeting: next } = await actingOnMeeting(context);
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
  }
}
