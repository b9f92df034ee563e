import type { AgendaService } from './agenda';
import type { DomainDeps } from './deps';
import { DomainError } from './errors';
import type { MeetingService } from './meetings';
import { isCoordinator, type Actor, type AgendaItem, type Meeting } from './model';
import { VersionConflictError } from './storage';
import { addDays, fromStockholm, isoDate, toStockholm, type LocalDate, type LocalTime } from './time/stockholm';

const LIVE = new Set<AgendaItem['status']>(['anmald', 'godkand']);
const DAY = 24 * 3600_000;

export interface CancelOutcome {
  meeting: Meeting;
  /** The next planned meeting the items moved to; absent when there is none and they wait. */
  movedTo?: Meeting;
  items: AgendaItem[];
}

export interface Removal {
  item: AgendaItem;
  /** The submitter took their own item back: it is gone, not set aside. */
  withdrawn: boolean;
}

const localDays = (date: LocalDate): number => Date.UTC(date.year, date.month - 1, date.day) / DAY;

/**
 * Plans change: a meeting moves or is cancelled, an item moves to another meeting
 * or leaves the agenda. Nothing is lost on the way: a cancelled meeting's items go
 * to the next meeting, or wait ("homeless") until one is planned.
 */
export class PlanChangeService {
  constructor(
    private readonly deps: DomainDeps,
    private readonly meetings: MeetingService,
    private readonly agenda: AgendaService,
  ) {}

  private assertCoordinator(actor: Actor): void {
    if (!isCoordinator(actor.member)) throw new DomainError('notCoordinator');
  }

  private assertChangeable(meeting: Meeting): void {
    if (meeting.status !== 'planerat') throw new DomainError('meetingNotPlanned');
    if (new Date(meeting.startsAt) <= this.deps.now()) throw new DomainError('meetingClosed');
  }

  /** Moves a meeting to another day (and, if given, other times); its deadline moves the same number of days. */
  async moveMeeting(actor: Actor, meeting: Meeting, date: LocalDate, times?: { start: LocalTime; end: LocalTime }): Promise<Meeting> {
    this.assertCoordinator(actor);
    this.assertChangeable(meeting);
    const start = toStockholm(new Date(meeting.startsAt));
    const end = toStockholm(new Date(meeting.endsAt));
    const startsAt = fromStockholm(date, times?.start ?? start);
    const endsAt = fromStockholm(addDays(date, localDays(end) - localDays(start)), times?.end ?? end);
    if (endsAt <= startsAt) throw new DomainError('endBeforeStart');
    if (startsAt <= this.deps.now()) throw new DomainError('meetingInPast');
    const clash = await this.meetings.onDate(meeting.groupId, date);
    if (clash && clash.id !== meeting.id) throw new DomainError('meetingExists', { date: isoDate(date) });
    const deadline = toStockholm(new Date(meeting.agendaDeadline));
    const shifted = fromStockholm(addDays(deadline, localDays(date) - localDays(start)), deadline);
    const agendaDeadline = shifted < startsAt ? shifted : startsAt;
    return this.deps.store.meetings.update({ ...meeting, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), agendaDeadline: agendaDeadline.toISOString() });
  }

  async cancelMeeting(actor: Actor, meeting: Meeting): Promise<CancelOutcome> {
    this.assertCoordinator(actor);
    this.assertChangeable(meeting);
    const cancelled = await this.deps.store.meetings.update({ ...meeting, status: 'installt' });
    const items = (await this.deps.store.items.listByMeeting(meeting.id)).filter((i) => LIVE.has(i.status));
    const upcoming = await this.deps.store.meetings.listUpcoming(meeting.groupId, this.deps.now().toISOString());
    const next = upcoming.find((m) => m.id !== meeting.id && m.status === 'planerat' && m.startsAt > meeting.startsAt);
    if (!next) return { meeting: cancelled, items };
    return { meeting: cancelled, movedTo: next, items: await this.moveAll(items, next) };
  }

  /** Items of cancelled meetings that still wait for a meeting, oldest meeting first. */
  async homeless(groupId: string): Promise<AgendaItem[]> {
    const cancelled = (await this.deps.store.meetings.listByGroup(groupId)).filter((m) => m.status === 'installt');
    const found: AgendaItem[] = [];
    for (const meeting of cancelled) found.push(...(await this.deps.store.items.listByMeeting(meeting.id)).filter((i) => LIVE.has(i.status)));
    return found;
  }

  /** A newly planned meeting takes the items that were waiting. */
  async adoptHomeless(actor: Actor, meeting: Meeting): Promise<AgendaItem[]> {
    this.assertCoordinator(actor);
    const waiting = await this.homeless(meeting.groupId);
    return waiting.length > 0 ? this.moveAll(waiting, meeting) : [];
  }

  async moveItem(actor: Actor, item: AgendaItem, from: Meeting, to: Meeting): Promise<AgendaItem> {
    this.assertCoordinator(actor);
    if (to.id === item.meetingId) throw new DomainError('sameMeeting');
    this.agenda.assertOpen(from);
    this.agenda.assertOpen(to);
    const [moved] = await this.moveAll([item], to);
    return moved!;
  }

  /**
   * Takes an item off the agenda. The chair or secretary sets it aside (it stays
   * listed as rejected); whoever submitted it may take it back before the deadline.
   */
  async removeItem(actor: Actor, item: AgendaItem, meeting: Meeting): Promise<Removal> {
    const ownItem = item.submittedByMemberId === actor.member.id;
    if (!isCoordinator(actor.member) && !ownItem) throw new DomainError('notAllowedToRemove');
    this.agenda.assertOpen(meeting);
    if (!isCoordinator(actor.member)) {
      if (this.deps.now() > new Date(meeting.agendaDeadline)) throw new DomainError('withdrawAfterDeadline');
      await this.deps.store.items.remove(item.id);
      return { item, withdrawn: true };
    }
    return { item: await this.updateItem(item, (current) => ({ ...current, status: 'avvisad' })), withdrawn: false };
  }

  /** One at a time, in agenda order, after what the target meeting already has. */
  private async moveAll(items: AgendaItem[], to: Meeting): Promise<AgendaItem[]> {
    const moved: AgendaItem[] = [];
    const there = await this.deps.store.items.listByMeeting(to.id);
    const last = Math.max(this.deps.now().getTime(), ...there.map((i) => i.order));
    for (const [index, item] of items.entries()) {
      moved.push(await this.updateItem(item, (current) => ({ ...current, meetingId: to.id, late: false, order: last + 1 + index })));
    }
    return moved;
  }

  /** Applies a change from the latest stored item, once more if someone saved in between. */
  private async updateItem(item: AgendaItem, change: (current: AgendaItem) => AgendaItem): Promise<AgendaItem> {
    try {
      return await this.deps.store.items.update(change(item));
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      const fresh = await this.deps.store.items.get(item.id);
      if (!fresh) throw new DomainError('itemGone');
      return this.deps.store.items.update(change(fresh));
    }
  }
}
