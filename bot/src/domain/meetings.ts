import type { DomainDeps } from './deps';
import { DomainError } from './errors';
import { isCoordinator, type Actor, type Meeting } from './model';
import { checkJoinLink, checkPlace } from './validation';
import { addDays, fromStockholm, isoDate, toStockholm, weekdayOf, type LocalDate, type LocalTime } from './time/stockholm';

export interface MeetingPlan {
  date: LocalDate;
  start: LocalTime;
  end: LocalTime;
  place: string;
  /** Where to join online, as typed: checked before anything is stored. */
  joinLink?: string;
}

const THURSDAY = 4;
const DEADLINE_TIME: LocalTime = { hour: 12, minute: 0 };

/** The Thursday 12.00 before the meeting: when the secretary closes the agenda call. */
export function defaultAgendaDeadline(meetingDate: LocalDate): Date {
  let day = addDays(meetingDate, -1);
  while (weekdayOf(day) !== THURSDAY) day = addDays(day, -1);
  return fromStockholm(day, DEADLINE_TIME);
}

/** "Jupiter + Teams" or "Teams" means members may join online. */
export const isOnlinePlace = (place: string): boolean => /\b(teams|online|digitalt|distans)\b/i.test(place);

export const stockholmDateOf = (iso: string): LocalDate => toStockholm(new Date(iso));

export class MeetingService {
  constructor(private readonly deps: DomainDeps) {}

  async plan(actor: Actor, plan: MeetingPlan): Promise<Meeting> {
    if (!isCoordinator(actor.member)) throw new DomainError('notCoordinator');
    const { group } = actor;
    const place = checkPlace(plan.place);
    if (place instanceof DomainError) throw place;
    const startsAt = fromStockholm(plan.date, plan.start);
    const endsAt = fromStockholm(plan.date, plan.end);
    if (endsAt <= startsAt) throw new DomainError('endBeforeStart');
    if (endsAt <= this.deps.now()) throw new DomainError('meetingInPast');
    const joinLink = plan.joinLink === undefined ? undefined : checkJoinLink(plan.joinLink);
    if (joinLink instanceof DomainError) throw joinLink;

    const sameDay = await this.onDate(group.id, plan.date);
    if (sameDay) throw new DomainError('meetingExists', { date: isoDate(plan.date) });

    return this.deps.store.meetings.add({
      id: crypto.randomUUID(),
      groupId: group.id,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      place,
      online: isOnlinePlace(place),
      agendaDeadline: defaultAgendaDeadline(plan.date).toISOString(),
      status: 'planerat',
      createdAt: this.deps.now().toISOString(),
      ...(joinLink ? { joinLink } : {}),
    });
  }

  /** The meeting the group is preparing for: planned and not yet over. */
  async next(groupId: string): Promise<Meeting | undefined> {
    const upcoming = await this.deps.store.meetings.listUpcoming(groupId, this.deps.now().toISOString());
    return upcoming.find((m) => m.status === 'planerat');
  }

  async onDate(groupId: string, date: LocalDate): Promise<Meeting | undefined> {
    const wanted = isoDate(date);
    const meetings = await this.deps.store.meetings.listByGroup(groupId);
    return meetings.find((m) => m.status !== 'installt' && isoDate(stockholmDateOf(m.startsAt)) === wanted);
  }

  /** The next meeting, or the one on the given date; a clear error when there is none. */
  async target(groupId: string, date?: LocalDate): Promise<Meeting> {
    if (date) {
      const meeting = await this.onDate(groupId, date);
      if (!meeting) throw new DomainError('noMeetingOnDate', { date: isoDate(date) });
      return meeting;
    }
    const meeting = await this.next(groupId);
    if (!meeting) throw new DomainError('noUpcomingMeeting');
    return meeting;
  }

  async setDeadline(actor: Actor, meeting: Meeting, date: LocalDate, time: LocalTime): Promise<Meeting> {
    if (!isCoordinator(actor.member)) throw new DomainError('notCoordinator');
    const deadline = fromStockholm(date, time);
    if (deadline >= new Date(meeting.startsAt)) throw new DomainError('deadlineAfterMeeting');
    return this.deps.store.meetings.update({ ...meeting, agendaDeadline: deadline.toISOString() });
  }

  async setJoinLink(actor: Actor, meeting: Meeting, raw: string): Promise<Meeting> {
    if (!isCoordinator(actor.member)) throw new DomainError('notCoordinator');
    const joinLink = checkJoinLink(raw);
    if (joinLink instanceof DomainError) throw joinLink;
    this.assertUpcoming(meeting);
    return this.deps.store.meetings.update({ ...meeting, joinLink });
  }

  /**
   * The chair or secretary confirms the agenda of the next meeting. One write: the
   * posting in the channel and the presenters' notes follow from it (the scheduler's
   * confirmation source), so nothing is left half-sent if anything fails.
   */
  async confirmAgenda(actor: Actor): Promise<Meeting> {
    if (!isCoordinator(actor.member)) throw new DomainError('notCoordinator');
    const meeting = await this.next(actor.group.id);
    if (!meeting || new Date(meeting.startsAt) <= this.deps.now()) throw new DomainError('noMeetingToConfirm');
    return this.deps.store.meetings.update({ ...meeting, agendaConfirmedAt: this.deps.now().toISOString() });
  }

  private assertUpcoming(meeting: Meeting): void {
    if (meeting.status !== 'planerat' || new Date(meeting.startsAt) <= this.deps.now()) throw new DomainError('meetingClosed');
  }
}
