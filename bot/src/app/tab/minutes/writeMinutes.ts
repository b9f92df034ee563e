import type { ActionJson, AttendanceSaved, CorrectionStarted, FollowUpJson, ItemMinutesSaved, PublishedAnswer } from '../../../contract/minutesApi';
import { DomainError, EditConflict } from '../../../domain/errors';
import type { ItemMinutes, Minutes, MinutesAction } from '../../../domain/minutes/model';
import { isCoordinator, type Actor, type Meeting } from '../../../domain/model';
import type { Services } from '../../../domain/services';
import { isExistingDate } from '../../../domain/time/stockholm';
import type { ActorResolver } from '../../actors';
import type { OutboxKick } from '../../verbs/cardVerb';
import { membershipIn } from '../access';
import { TabBadRequest, TabNotFound, type TabIdentity } from '../identity';
import { actionJson, itemMinutesJson, versionSummary } from './minutesJson';
import { meetingOfGroup } from './readMinutes';

/**
 * The minutes' writes for the tab. Who writes is settled first (`writerIn`), before
 * the request's body is read; each write then acts on one meeting of the writer's
 * group. A conflict is answered with what is stored now, as the tab shows it.
 */
type Body = Record<string, unknown>;

/** The chair or the secretary of the group; anyone else is refused before anything is read. */
export async function writerIn(actors: ActorResolver, identity: TabIdentity, groupId: string): Promise<Actor> {
  const actor = await membershipIn(actors, identity, groupId);
  if (!isCoordinator(actor.member)) throw new DomainError('notCoordinator');
  return actor;
}

const ID = /^[A-Za-z0-9-]{1,64}$/;

/** An id the tab made (a new action's) or read from us; anything else names nothing. */
function idFrom(value: unknown, what: string): string {
  if (typeof value !== 'string' || !ID.test(value)) throw new TabBadRequest(what);
  return value;
}

const versionFrom = (body: Body): string | undefined => (typeof body.version === 'string' && body.version.length <= 300 ? body.version : undefined);

/** Runs a write; someone else's edit in between comes back as the tab shows that record. */
async function withCurrent<T, J>(write: () => Promise<T>, asJson: (current: never) => J): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof EditConflict) throw new EditConflict(error.current === undefined ? undefined : asJson(error.current as never), String(error.params.name ?? ''));
    throw error;
  }
}

const attendanceJson = (minutes: Minutes): AttendanceSaved => ({ version: minutes.version, attendance: minutes.attendance, ...(minutes.takenBy ? { takenBy: minutes.takenBy } : {}) });

export class MinutesWrites {
  constructor(
    private readonly services: Services,
    private readonly outbox: OutboxKick,
  ) {}

  private meeting(actor: Actor, meetingId: string): Promise<Meeting> {
    return meetingOfGroup(this.services, actor.group, meetingId);
  }

  async saveAttendance(actor: Actor, meetingId: string, body: Body): Promise<AttendanceSaved> {
    const meeting = await this.meeting(actor, meetingId);
    const saved = await withCurrent(() => this.services.minutes.saveHeader(actor, meeting, body, versionFrom(body)), (current: Minutes) => attendanceJson(current));
    return attendanceJson(saved);
  }

  async saveItem(actor: Actor, meetingId: string, itemId: string, body: Body): Promise<ItemMinutesSaved> {
    const meeting = await this.meeting(actor, meetingId);
    const form = { notes: body.notes, decisions: body.decisions, links: body.links, clear: body.clear === true };
    const saved = await withCurrent(() => this.services.minutes.saveItem(actor, meeting, itemId, form, versionFrom(body)), (current: ItemMinutes) => itemMinutesJson(current));
    return itemMinutesJson(saved);
  }

  async addAction(actor: Actor, meetingId: string, body: Body): Promise<ActionJson> {
    const meeting = await this.meeting(actor, meetingId);
    const id = idFrom(body.actionId, 'actionId');
    return actionJson(await this.services.minutes.addAction(actor, meeting, id, idFrom(body.itemId, 'itemId'), body));
  }

  async updateAction(actor: Actor, meetingId: string, actionId: string, body: Body): Promise<ActionJson> {
    const meeting = await this.meeting(actor, meetingId);
    const form = { what: body.what, owner: body.owner, due: body.due, ...(typeof body.done === 'boolean' ? { done: body.done } : {}) };
    const saved = await withCurrent(() => this.services.minutes.updateAction(actor, meeting, actionId, form, versionFrom(body)), (current: MinutesAction) => actionJson(current));
    return actionJson(saved);
  }

  async removeAction(actor: Actor, meetingId: string, actionId: string, version: string | undefined): Promise<{ removed: true }> {
    const meeting = await this.meeting(actor, meetingId);
    await withCurrent(() => this.services.minutes.removeAction(actor, meeting, actionId, version), (current: MinutesAction) => actionJson(current));
    return { removed: true };
  }

  /** Taken up again at a later meeting, chosen in the tab or given by its date. */
  async addFollowUp(actor: Actor, meetingId: string, body: Body): Promise<FollowUpJson> {
    const meeting = await this.meeting(actor, meetingId);
    const id = idFrom(body.followUpId, 'followUpId');
    const target = await this.target(actor, body);
    const followUp = await this.services.minutes.addFollowUp(actor, meeting, id, idFrom(body.itemId, 'itemId'), target);
    return { followUpId: followUp.id, itemId: followUp.itemId, targetMeetingId: target.id, startsAt: target.startsAt };
  }

  private async target(actor: Actor, body: Body): Promise<Meeting> {
    if (body.targetMeetingId !== undefined) return this.meeting(actor, idFrom(body.targetMeetingId, 'targetMeetingId'));
    const date = typeof body.date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(body.date) : null;
    const day = date ? { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) } : undefined;
    if (!day) throw new DomainError('dueDateInvalid', { value: String(body.date ?? '').slice(0, 40) });
    if (!isExistingDate(day)) throw new DomainError('dateNotExisting', { value: String(body.date) });
    const found = await this.services.meetings.onDate(actor.group.id, day);
    if (!found) throw new DomainError('noMeetingOnDate', { date: String(body.date) });
    return found;
  }

  async removeFollowUp(actor: Actor, meetingId: string, followUpId: string): Promise<{ removed: true }> {
    const meeting = await this.meeting(actor, meetingId);
    await this.services.minutes.removeFollowUp(actor, meeting, followUpId);
    return { removed: true };
  }

  /** Publishes, then asks for a pass of the scheduler soon: the channel hears of it at once, and only once. */
  async publish(actor: Actor, meetingId: string): Promise<PublishedAnswer> {
    const meeting = await this.meeting(actor, meetingId);
    const version = await this.services.minutes.publish(actor, meeting);
    this.outbox.soon();
    return { version: versionSummary(version) };
  }

  async correct(actor: Actor, meetingId: string, body: Body): Promise<CorrectionStarted> {
    const meeting = await this.meeting(actor, meetingId);
    const minutes = await withCurrent(() => this.services.minutes.startCorrection(actor, meeting, body.reason, versionFrom(body)), (current: Minutes) => attendanceJson(current));
    return { version: minutes.version, state: minutes.state, correctionReason: minutes.correctionReason ?? '' };
  }
}

/** A path segment that names one of our records, or TabNotFound. */
export function pathId(value: unknown, what: string): string {
  if (typeof value !== 'string' || !ID.test(value)) throw new TabNotFound(what);
  return value;
}
