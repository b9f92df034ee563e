import { agendaCallCard, deadlineReminderCard, meetingReminderCard, type ReminderCardInput, type RenderedCard } from '../../cards/reminderCards';
import type { Group, Meeting } from '../../domain/model';
import type { OutboxMessage } from '../../domain/outbox';
import { reminderTimes, type ReminderKind } from '../../domain/reminders';
import type { Services } from '../../domain/services';
import type { ActorResolver } from '../actors';
import type { Collected, DueWork } from '../outbox/dueWork';
import { reminderKey } from './keys';
import type { MeetingCollector } from './meetingSource';

const CARDS: Record<ReminderKind, (input: ReminderCardInput) => RenderedCard> = {
  agendaCall: agendaCallCard,
  deadlineReminder: deadlineReminderCard,
  meetingReminder: meetingReminderCard,
};

/** The agenda call, the deadline reminder and the meeting reminder, in each group's channel, by its plan. */
export class MeetingReminders implements MeetingCollector {
  constructor(
    private readonly services: Services,
    private readonly actors: ActorResolver,
  ) {}

  async collect(groupId: string, meetings: Meeting[], now: Date, collected: Collected): Promise<void> {
    const { settings } = await this.services.reminderPlans.current(groupId);
    const due = meetings.flatMap((meeting) => reminderTimes(meeting, settings).filter((t) => t.dueAt <= now).map((time) => ({ meeting, time })));
    if (due.length === 0) return;
    const group = await this.actors.groupForJob(groupId);
    const channel = group ? await this.services.conversations.channelOf(groupId) : undefined;
    if (!group || !channel) {
      const reason = group ? 'noConversation' : 'groupUnreachable';
      const detail = group ? 'no channel stored for the team' : 'the app was removed from the team';
      collected.notes.push(...due.map(({ time }) => ({ groupId, kind: time.kind, reason, detail }) as const));
      return;
    }
    for (const { meeting, time } of due) {
      const work: DueWork = {
        key: reminderKey(time.kind, meeting, time.about),
        groupId,
        kind: time.kind,
        target: { kind: 'conversation', conversationId: channel.conversationId },
        dueAt: time.dueAt,
        usefulUntil: time.usefulUntil,
        render: () => this.render(time.kind, group, meeting),
      };
      collected.work.push(work);
    }
  }

  /** In the channel everyone reads it: the group's language. */
  private async render(kind: ReminderKind, group: Group, meeting: Meeting): Promise<OutboxMessage> {
    const view = await this.services.agenda.agenda(meeting);
    const { card, summary } = CARDS[kind]({ groupName: group.name, view, locale: group.language });
    return { type: 'card', card, summary };
  }
}
