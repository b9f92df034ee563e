import type { MinutesAction } from '../../domain/minutes/model';
import { isActiveMember, type Group, type Member } from '../../domain/model';
import type { Services } from '../../domain/services';
import { addDays, fromStockholm, isoDate, localDateOf, toStockholm } from '../../domain/time/stockholm';
import { formatDay, formatLocalDate } from '../../i18n/format';
import { messages, type Locale } from '../../i18n';
import type { ActorResolver } from '../actors';
import type { Collected, DueWork, DueWorkSource } from '../outbox/dueWork';

/** The owner hears of an action in the morning of the day it falls due, and until three days after, should the app have been down. */
const REMINDER_TIME = { hour: 8, minute: 0 };
export const ACTION_REMINDER_DAYS = 3;

/** Once per action and due date: a changed due date is reminded of again. */
export const actionKey = (action: Pick<MinutesAction, 'id' | 'due'>): string => `action/${action.id}@${action.due}/owner`;

/**
 * Actions falling due, reminded to their owner in a personal chat, through the same
 * outbox and sender as the reminders. Only actions of published minutes that are
 * still open; an owner the bot cannot write to (a person named in the minutes who is
 * not a member, or one who left the team) is recorded as skipped, once.
 */
export class ActionReminders implements DueWorkSource {
  readonly name = 'actions';

  constructor(
    private readonly services: Services,
    private readonly actors: ActorResolver,
  ) {}

  async collect(now: Date): Promise<Collected> {
    const collected: Collected = { work: [], notes: [] };
    const { store } = this.services.deps;
    const today = toStockholm(now);
    const due = await store.actions.listDueBetween(isoDate(addDays(today, -ACTION_REMINDER_DAYS)), isoDate(addDays(today, 1)));
    const open = due.filter((a) => !a.done && fromStockholm(localDateOf(a.due!), REMINDER_TIME) <= now);
    const known = await store.outbox.existingKeys(open.map(actionKey));
    const members = new Map<string, Member[]>();
    for (const action of open.filter((a) => !known.has(actionKey(a)))) {
      const minutes = await store.minutes.get(action.meetingId);
      if (!minutes || minutes.publishedVersion === 0) continue;
      const group = await this.actors.groupForJob(action.groupId);
      if (!group) {
        collected.notes.push({ groupId: action.groupId, kind: 'actionDue', reason: 'groupUnreachable', detail: 'the app was removed from the team' });
        continue;
      }
      if (!members.has(group.id)) members.set(group.id, await store.members.listByGroup(group.id));
      const owner = members.get(group.id)!.find((m) => m.id === action.owner.memberId && isActiveMember(m));
      collected.work.push(await this.reminder(group, action, owner));
    }
    return collected;
  }

  private async reminder(group: Group, action: MinutesAction, owner: Member | undefined): Promise<DueWork> {
    const dueDay = localDateOf(action.due!);
    const base = {
      key: actionKey(action),
      groupId: group.id,
      kind: 'actionDue',
      dueAt: fromStockholm(dueDay, REMINDER_TIME),
      usefulUntil: fromStockholm(addDays(dueDay, ACTION_REMINDER_DAYS + 1), { hour: 0, minute: 0 }),
    };
    if (!owner) {
      return { ...base, target: { kind: 'person', userId: '', name: action.owner.name }, render: async () => ({ type: 'text', text: '' }), skip: { reason: 'noConversation', detail: 'the owner is not a member the bot can write to' } };
    }
    const chat = await this.services.conversations.personalChatOf(owner.userId);
    const locale: Locale = chat?.language ?? group.language;
    return {
      ...base,
      target: { kind: 'person', userId: owner.userId, name: owner.name },
      render: async () => {
        const [meeting, item] = await Promise.all([this.services.deps.store.meetings.get(action.meetingId), this.services.deps.store.items.get(action.itemId)]);
        const t = messages(locale).minutes;
        const from = meeting ? t.actionFrom(formatDay(meeting.startsAt, locale), item?.title ?? '', group.name) : '';
        return { type: 'text', text: `${t.actionDue(action.what, formatLocalDate(action.due!, locale))}\n\n${from}`.trim() };
      },
    };
  }
}
