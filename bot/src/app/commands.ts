import { agendaCard } from '../cards/agendaCard';
import { helpCard } from '../cards/helpCard';
import { itemCard } from '../cards/itemCard';
import type { Command } from '../commands/parser';
import { AgendaService } from '../domain/agenda';
import type { DomainDeps } from '../domain/deps';
import { MeetingService } from '../domain/meetings';
import { MemberService } from '../domain/members';
import { formatDate, formatDateTime, formatTimeRange } from '../i18n/format';
import { messages, type Locale } from '../i18n';
import { resolveScope, scopeAndMeeting } from './scope';
import { cardReply, textReply, type Outgoing, type TurnInput } from './turn';

type Handler<K extends Command['kind']> = (deps: DomainDeps, turn: TurnInput, command: Extract<Command, { kind: K }>) => Promise<Outgoing[]>;

const showAgenda: Handler<'agenda'> = async (deps, turn, command) => {
  const { group, meeting } = await scopeAndMeeting(deps, turn, { register: false, date: command.date });
  const view = await new AgendaService(deps).agenda(meeting);
  const t = messages(turn.locale);
  return [cardReply(agendaCard({ groupName: group.name, view, locale: turn.locale }), t.agenda.title(group.name))];
};

const addItem: Handler<'addItem'> = async (deps, turn, command) => {
  const { member, meeting } = await scopeAndMeeting(deps, turn, { register: true, date: command.date });
  const item = await new AgendaService(deps).addItem(meeting, member!, command.title);
  const t = messages(turn.locale);
  const feedback = { kind: 'good' as const, lines: [t.agenda.itemAdded(item.title)] };
  return [cardReply(itemCard({ item, meeting, locale: turn.locale, feedback }), t.agenda.itemAdded(item.title))];
};

const addNotice: Handler<'addNotice'> = async (deps, turn, command) => {
  const { member, meeting } = await scopeAndMeeting(deps, turn, { register: true, date: command.date });
  const notice = await new AgendaService(deps).addNotice(meeting, member!, command.text);
  const t = messages(turn.locale);
  return [textReply(t.notice.added(notice.title, member!.initials, formatDate(meeting.startsAt, turn.locale)))];
};

const planMeeting: Handler<'planMeeting'> = async (deps, turn, command) => {
  const { group, member } = await resolveScope(deps, turn, { register: true });
  const meeting = await new MeetingService(deps).plan(group, member, command);
  const { locale } = turn;
  const text = messages(locale).meeting.planned(
    formatDate(meeting.startsAt, locale),
    formatTimeRange(meeting.startsAt, meeting.endsAt, locale),
    meeting.place,
    formatDateTime(meeting.agendaDeadline, locale),
  );
  return [textReply(text)];
};

const setDeadline: Handler<'setDeadline'> = async (deps, turn, command) => {
  const { member, meeting: next } = await scopeAndMeeting(deps, turn, { register: true });
  const meeting = await new MeetingService(deps).setDeadline(member, next, command.date, command.time);
  const { locale } = turn;
  return [textReply(messages(locale).meeting.deadlineChanged(formatDate(meeting.startsAt, locale), formatDateTime(meeting.agendaDeadline, locale)))];
};

const setRole: Handler<'setRole'> = async (deps, turn, command) => {
  const { group, member } = await resolveScope(deps, turn, { register: true });
  if (!member) throw new Error('a registered turn always has a member');
  const changed = await new MemberService(deps).change(group, member, command.who, command.change);
  const t = messages(turn.locale);
  const what = 'role' in command.change ? t.roles[command.change.role] : t.memberships[command.change.membership];
  return [textReply(t.roleChange.changed(`${changed.name} (${changed.initials})`, what))];
};

export function runCommand(deps: DomainDeps, turn: TurnInput, command: Command, locale: Locale): Promise<Outgoing[]> {
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
      return showAgenda(deps, turn, command);
    case 'addItem':
      return addItem(deps, turn, command);
    case 'addNotice':
      return addNotice(deps, turn, command);
    case 'planMeeting':
      return planMeeting(deps, turn, command);
    case 'setDeadline':
      return setDeadline(deps, turn, command);
    case 'setRole':
      return setRole(deps, turn, command);
  }
}
