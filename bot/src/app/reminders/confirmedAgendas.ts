import { confirmedAgendaCard, presenterNoteCard } from '../../cards/reminderCards';
import type { AgendaView } from '../../domain/agenda';
import { isActiveMember, type Group, type Meeting, type Member } from '../../domain/model';
import type { Services } from '../../domain/services';
import type { ActorResolver } from '../actors';
import type { Collected, DueWork } from '../outbox/dueWork';
import { confirmationKey } from './keys';
import type { MeetingCollector } from './meetingSource';

/**
 * A confirmed agenda: posted in the channel, and a note to each presenter in their
 * personal chat with their item, its number and its minutes. The notes are queued
 * before the channel post, so a stored channel post means everything was queued.
 */
export class ConfirmedAgendas implements MeetingCollector {
  constructor(
    private readonly services: Services,
    private readonly actors: ActorResolver,
  ) {}

  async collect(groupId: string, meetings: Meeting[], now: Date, collected: Collected): Promise<void> {
    for (const meeting of meetings) {
      const confirmedAt = meeting.agendaConfirmedAt;
      if (!confirmedAt || confirmedAt > now.toISOString()) continue;
      if (await this.services.deps.store.outbox.findByKey(confirmationKey(meeting, confirmedAt, 'channel'))) continue;
      const group = await this.actors.groupForJob(groupId);
      if (!group) {
        collected.notes.push({ groupId, kind: 'confirmedAgenda', reason: 'groupUnreachable', detail: 'the app was removed from the team' });
        continue;
      }
      await this.collectMeeting(group, meeting, confirmedAt, collected);
    }
  }

  private async collectMeeting(group: Group, meeting: Meeting, confirmedAt: string, collected: Collected): Promise<void> {
    const view = await this.services.agenda.agenda(meeting);
    const base = { groupId: group.id, dueAt: new Date(confirmedAt), usefulUntil: new Date(meeting.startsAt) };
    const members = new Map((await this.services.deps.store.members.listByGroup(group.id)).map((m) => [m.id, m]));
    for (const { member, itemId } of presentersOf(view, members)) {
      const chat = await this.services.conversations.personalChatOf(member.userId);
      const item = view.sections.flatMap((s) => s.items).find((i) => i.id === itemId)!;
      collected.work.push({
        ...base,
        key: confirmationKey(meeting, confirmedAt, `presenter/${member.id}/${item.id}`),
        kind: 'presenterNote',
        target: { kind: 'person', userId: member.userId, name: member.name },
        render: async () => {
          const { card, summary } = presenterNoteCard({ item, view, locale: chat?.language ?? 'sv' });
          return { type: 'card', card, summary };
        },
      });
    }
    const channel = await this.services.conversations.channelOf(group.id);
    if (!channel) {
      collected.notes.push({ groupId: group.id, kind: 'confirmedAgenda', reason: 'noConversation', detail: 'no channel stored for the team' });
      return;
    }
    const post: DueWork = {
      ...base,
      key: confirmationKey(meeting, confirmedAt, 'channel'),
      kind: 'confirmedAgenda',
      target: { kind: 'conversation', conversationId: channel.conversationId },
      render: async () => {
        const { card, summary } = confirmedAgendaCard({ groupName: group.name, view, locale: group.language });
        return { type: 'card', card, summary };
      },
    };
    collected.work.push(post);
  }
}

/** Each current member presenting an item (not a kort kort notice), once per item. */
export function presentersOf(view: AgendaView, members: Map<string, Member>): { member: Member; itemId: string }[] {
  const found: { member: Member; itemId: string }[] = [];
  for (const item of view.sections.flatMap((s) => s.items)) {
    const ids = new Set(item.presenters.map((p) => p.memberId).filter((id): id is string => id !== undefined));
    for (const id of ids) {
      const member = members.get(id);
      if (member && isActiveMember(member)) found.push({ member, itemId: item.id });
    }
  }
  return found;
}
