import { COUNTED_STATUSES, type AgendaService } from '../agenda';
import type { DomainDeps } from '../deps';
import { DomainError, EditConflict, type ErrorCode } from '../errors';
import { stockholmDateOf } from '../meetings';
import { isActiveMember, isCoordinator, type Actor, type AgendaItem, type Meeting, type Member } from '../model';
import { VersionConflictError } from '../storage';
import { isEmptyItemMinutes, personRef, type Attendee, type FollowUp, type ItemMinutes, type Minutes, type MinutesAction, type MinutesSnapshot, type MinutesVersion, type PersonRef } from './model';
import { buildSnapshot } from './snapshot';
import { checkCorrectionReason, checkPerson, MINUTES_LIMITS, readAction, readAttendance, readItemMinutes } from './validation';

/** An item's minutes as the tab sends them: anything, read field by field. */
export interface ItemMinutesForm {
  notes?: unknown;
  decisions?: unknown;
  links?: unknown;
  /** The secretary means to leave the item without minutes (an empty save is refused otherwise). */
  clear?: boolean;
}

export interface ActionForm {
  what?: unknown;
  owner?: unknown;
  due?: unknown;
  done?: unknown;
}

/** The minutes being written: the record, and everything written per item. */
export interface WorkingMinutes {
  minutes?: Minutes;
  items: ItemMinutes[];
  actions: MinutesAction[];
  followUps: FollowUp[];
  snapshot: MinutesSnapshot;
}

/** The members who attend by default: the leadership and steering groups present, guests for their part. */
function defaultAttendance(members: Member[]): Attendee[] {
  const group = (m: Member): Attendee['group'] => (m.membership === 'gast' ? 'extra' : m.membership);
  return members
    .filter(isActiveMember)
    .sort((a, b) => ['LG', 'SG', 'gast'].indexOf(a.membership) - ['LG', 'SG', 'gast'].indexOf(b.membership))
    .map((m) => ({ memberId: m.id, name: m.name, group: group(m), presence: m.membership === 'gast' ? 'partTime' : 'present' }));
}

/**
 * A write from the version its writer read. When someone else wrote in between, the
 * store refuses it and what is stored now comes back, with who wrote it when known.
 */
async function unlessChanged<T>(write: () => Promise<T>, stored: () => Promise<T | undefined>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof VersionConflictError)) throw error;
    const fresh = await stored();
    const by = (fresh as { updatedBy?: PersonRef } | undefined)?.updatedBy?.name ?? '';
    throw new EditConflict(fresh, by);
  }
}

/** What an add with this id stored before (the writer's retry), as long as it belongs to this meeting. */
function retried<T extends { meetingId: string }>(existing: T | undefined, meeting: Meeting, gone: ErrorCode): T | undefined {
  if (existing && existing.meetingId !== meeting.id) throw new DomainError(gone);
  return existing;
}

/**
 * Writing and publishing the minutes. The chair and the secretary write; every edit
 * carries the version its writer saw, and an edit made on top of someone else's is
 * refused with what is stored now (EditConflict), never written over. Publishing
 * keeps the minutes as they are in a new version and locks them; a correction needs
 * a reason, and publishing it makes the next version. Versions are never changed.
 */
export class MinutesService {
  constructor(
    private readonly deps: DomainDeps,
    private readonly agenda: AgendaService,
  ) {}

  private get store() {
    return this.deps.store;
  }

  private stamp(actor: Actor): { updatedAt: string; updatedBy: PersonRef } {
    return { updatedAt: this.deps.now().toISOString(), updatedBy: personRef(actor.member) };
  }

  private assertWriter(actor: Actor, meeting: Meeting): void {
    if (!isCoordinator(actor.member)) throw new DomainError('notCoordinator');
    if (meeting.groupId !== actor.group.id) throw new DomainError('otherGroup');
    if (meeting.status === 'installt') throw new DomainError('meetingCancelled');
  }

  private assertEditable(minutes: Minutes): void {
    if (minutes.state === 'published') throw new DomainError('minutesPublished', { version: minutes.publishedVersion });
  }

  get(meetingId: string): Promise<Minutes | undefined> {
    return this.store.minutes.get(meetingId);
  }

  /** Before anything is written: everyone listed as attending, the group's secretary taking the minutes. */
  async proposedHeader(meeting: Meeting, writer?: Member): Promise<Pick<Minutes, 'attendance' | 'takenBy'>> {
    const members = await this.store.members.listByGroup(meeting.groupId);
    const secretary = members.find((m) => m.role === 'sekreterare' && isActiveMember(m)) ?? writer;
    return { attendance: defaultAttendance(members), ...(secretary ? { takenBy: personRef(secretary) } : {}) };
  }

  /** The meeting's minutes, begun the first time the chair or secretary writes. */
  async open(actor: Actor, meeting: Meeting): Promise<Minutes> {
    return (await this.begin(actor, meeting)).minutes;
  }

  private async begin(actor: Actor, meeting: Meeting): Promise<{ minutes: Minutes; created: boolean }> {
    this.assertWriter(actor, meeting);
    const existing = await this.store.minutes.get(meeting.id);
    if (existing) return { minutes: existing, created: false };
    const now = this.deps.now().toISOString();
    return this.store.minutes.createIfAbsent({
      meetingId: meeting.id,
      groupId: meeting.groupId,
      state: 'draft',
      ...(await this.proposedHeader(meeting, actor.member)),
      publishedVersion: 0,
      createdAt: now,
      ...this.stamp(actor),
    });
  }

  /** Who attended and who took the minutes, from the version the writer saw (none: the proposed list). */
  async saveHeader(actor: Actor, meeting: Meeting, form: { attendance?: unknown; takenBy?: unknown }, seenVersion: string | undefined): Promise<Minutes> {
    const { minutes, created } = await this.begin(actor, meeting);
    this.assertEditable(minutes);
    if (!created && minutes.version !== seenVersion) throw new EditConflict(minutes, minutes.updatedBy.name);
    const members = await this.store.members.listByGroup(meeting.groupId);
    const attendance = readAttendance(form.attendance, members);
    const takenBy = form.takenBy === undefined || form.takenBy === null ? undefined : checkPerson(form.takenBy, members, 'attendeeNameMissing');
    if (takenBy instanceof DomainError) throw takenBy;
    return this.updateMinutes({ ...minutes, attendance, takenBy, ...this.stamp(actor) });
  }

  /** An agenda item of this meeting that the minutes can speak of. */
  private async agendaItem(meeting: Meeting, itemId: string): Promise<AgendaItem> {
    const item = await this.store.items.get(itemId);
    if (!item || item.meetingId !== meeting.id || !COUNTED_STATUSES.has(item.status)) throw new DomainError('itemNotOnAgenda');
    return item;
  }

  /** Notes, decisions and links of one item, from the version the writer saw (none: nothing was written yet). */
  async saveItem(actor: Actor, meeting: Meeting, itemId: string, form: ItemMinutesForm, seenVersion: string | undefined): Promise<ItemMinutes> {
    const minutes = await this.open(actor, meeting);
    this.assertEditable(minutes);
    await this.agendaItem(meeting, itemId);
    const fields = readItemMinutes(form);
    if (isEmptyItemMinutes(fields) && form.clear !== true) throw new DomainError('itemMinutesEmpty');
    const current = await this.store.itemMinutes.get(itemId);
    if (current && current.version !== seenVersion) throw new EditConflict(current, current.updatedBy.name);
    if (current && JSON.stringify([current.notes, current.decisions, current.links]) === JSON.stringify([fields.notes, fields.decisions, fields.links])) return current;
    return unlessChanged(
      () => (current ? this.store.itemMinutes.update({ ...current, ...fields, ...this.stamp(actor) }) : this.store.itemMinutes.create({ itemId, meetingId: meeting.id, groupId: meeting.groupId, ...fields, ...this.stamp(actor) })),
      () => this.store.itemMinutes.get(itemId),
    );
  }

  /** An action on an item; the id is the writer's, so a retried add lands once. */
  async addAction(actor: Actor, meeting: Meeting, id: string, itemId: string, form: ActionForm): Promise<MinutesAction> {
    const minutes = await this.open(actor, meeting);
    this.assertEditable(minutes);
    const existing = retried(await this.store.actions.get(id), meeting, 'actionGone');
    if (existing) return existing;
    await this.agendaItem(meeting, itemId);
    const fields = readAction(form, await this.store.members.listByGroup(meeting.groupId), stockholmDateOf(meeting.startsAt));
    const now = this.deps.now().toISOString();
    return this.store.actions.add({ id, groupId: meeting.groupId, meetingId: meeting.id, itemId, ...fields, done: false, createdAt: now, createdBy: personRef(actor.member), updatedAt: now });
  }

  private async ownAction(meeting: Meeting, id: string, seenVersion: string | undefined): Promise<MinutesAction> {
    const action = await this.store.actions.get(id);
    if (!action || action.meetingId !== meeting.id) throw new DomainError('actionGone');
    // Actions keep no record of who changed them last: the conflict names nobody.
    if (action.version !== seenVersion) throw new EditConflict(action, '');
    return action;
  }

  /**
   * Changes an action. What it is, who does it and when are part of the minutes and
   * locked with them; whether it is done is followed up after the meeting, so it can
   * be marked at any time.
   */
  async updateAction(actor: Actor, meeting: Meeting, id: string, form: ActionForm, seenVersion: string | undefined): Promise<MinutesAction> {
    const minutes = await this.open(actor, meeting);
    const action = await this.ownAction(meeting, id, seenVersion);
    const done = form.done === undefined ? action.done : form.done === true;
    const onlyDone = form.what === undefined && form.owner === undefined && form.due === undefined;
    let next: MinutesAction = { ...action, done, updatedAt: this.deps.now().toISOString() };
    if (!onlyDone) {
      this.assertEditable(minutes);
      const { due: _previous, ...rest } = next;
      next = { ...rest, ...readAction(form, await this.store.members.listByGroup(meeting.groupId), stockholmDateOf(meeting.startsAt)) };
    }
    return unlessChanged(() => this.store.actions.update(next), () => this.store.actions.get(id));
  }

  async removeAction(actor: Actor, meeting: Meeting, id: string, seenVersion: string | undefined): Promise<void> {
    const minutes = await this.open(actor, meeting);
    this.assertEditable(minutes);
    await this.ownAction(meeting, id, seenVersion);
    await this.store.actions.remove(id);
  }

  /**
   * "Tas upp igen": the item goes on a later planned meeting's agenda, marked as a
   * follow-up. The id is the writer's and names the new agenda item too, so a retry
   * after a failure half way adds neither twice.
   */
  async addFollowUp(actor: Actor, meeting: Meeting, id: string, itemId: string, target: Meeting): Promise<FollowUp> {
    const minutes = await this.open(actor, meeting);
    this.assertEditable(minutes);
    const existing = retried(await this.store.followUps.get(id), meeting, 'followUpGone');
    if (existing) return existing;
    const item = await this.agendaItem(meeting, itemId);
    const later = target.groupId === meeting.groupId && target.status === 'planerat' && target.startsAt > meeting.startsAt && new Date(target.startsAt) > this.deps.now();
    if (!later) throw new DomainError('followUpTargetInvalid');
    const added = await this.agenda.addFollowUp(target, actor.member, item, id);
    return this.store.followUps.add({
      id, groupId: meeting.groupId, meetingId: meeting.id, itemId, targetMeetingId: target.id, agendaItemId: added.id,
      createdAt: this.deps.now().toISOString(), createdBy: personRef(actor.member),
    });
  }

  /** Takes a follow-up back: the item leaves the later agenda too, unless that meeting has begun. */
  async removeFollowUp(actor: Actor, meeting: Meeting, id: string): Promise<void> {
    const minutes = await this.open(actor, meeting);
    this.assertEditable(minutes);
    const followUp = await this.store.followUps.get(id);
    if (!followUp || followUp.meetingId !== meeting.id) throw new DomainError('followUpGone');
    const target = await this.store.meetings.get(followUp.targetMeetingId);
    if (target && target.status === 'planerat' && new Date(target.startsAt) > this.deps.now()) await this.store.items.remove(followUp.agendaItemId);
    await this.store.followUps.remove(id);
  }

  /**
   * Publishes the minutes as they stand: a new version, kept for good, then the record
   * locked. A publication that stopped after its version was stored is completed by
   * the next attempt instead of making another version.
   */
  async publish(actor: Actor, meeting: Meeting): Promise<MinutesVersion> {
    const minutes = await this.open(actor, meeting);
    if (minutes.state === 'published') throw new DomainError('alreadyPublished', { version: minutes.publishedVersion });
    if (new Date(meeting.startsAt) > this.deps.now()) throw new DomainError('meetingNotStarted');
    const { snapshot } = await this.working(meeting, minutes);
    const length = JSON.stringify(snapshot).length;
    if (length > MINUTES_LIMITS.publishedCharacters) throw new DomainError('publishedTooLong', { length, max: MINUTES_LIMITS.publishedCharacters });
    const number = minutes.publishedVersion + 1;
    let version: MinutesVersion = {
      meetingId: meeting.id, groupId: meeting.groupId, number, publishedAt: this.deps.now().toISOString(), publishedBy: personRef(actor.member),
      ...(minutes.state === 'correcting' && minutes.correctionReason ? { reason: minutes.correctionReason } : {}), snapshot,
    };
    try {
      version = await this.store.minutesVersions.add(version);
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      const fresh = await this.store.minutes.get(meeting.id);
      if (fresh?.state === 'published' && fresh.publishedVersion >= number) throw new DomainError('alreadyPublished', { version: fresh.publishedVersion });
      version = (await this.store.minutesVersions.get(meeting.id, number)) ?? version;
    }
    await this.changeState(meeting.id, (current) => ({ ...current, state: 'published', publishedVersion: Math.max(current.publishedVersion, number), correctionReason: undefined, ...this.stamp(actor) }));
    return version;
  }

  /** Opens published minutes for a correction; the reason goes with the version it leads to. */
  async startCorrection(actor: Actor, meeting: Meeting, rawReason: unknown, seenVersion: string | undefined): Promise<Minutes> {
    this.assertWriter(actor, meeting);
    const minutes = await this.store.minutes.get(meeting.id);
    if (!minutes || minutes.publishedVersion === 0) throw new DomainError('notPublished');
    const reason = checkCorrectionReason(rawReason);
    if (reason instanceof DomainError) throw reason;
    if (minutes.version !== seenVersion) throw new EditConflict(minutes, minutes.updatedBy.name);
    return this.updateMinutes({ ...minutes, state: 'correcting', correctionReason: reason, ...this.stamp(actor) });
  }

  /** What the meeting's minutes hold now, laid out as they would be published. */
  async working(meeting: Meeting, known?: Minutes): Promise<WorkingMinutes> {
    const [group, minutes, view, items, actions, followUps] = await Promise.all([
      this.store.groups.get(meeting.groupId),
      known ? Promise.resolve(known) : this.store.minutes.get(meeting.id),
      this.agenda.agenda(meeting),
      this.store.itemMinutes.listByMeeting(meeting.id),
      this.store.actions.listByMeeting(meeting.id),
      this.store.followUps.listByMeeting(meeting.id),
    ]);
    const targetIds = [...new Set(followUps.map((f) => f.targetMeetingId))];
    const targets = new Map((await Promise.all(targetIds.map((id) => this.store.meetings.get(id)))).filter((m): m is Meeting => m !== undefined).map((m) => [m.id, m]));
    const header = minutes ?? { ...(await this.proposedHeader(meeting)), state: 'draft' as const };
    const snapshot = buildSnapshot({ groupName: group?.name ?? '', view, minutes: header, items, actions, followUps, targets });
    return { minutes, items, actions, followUps, snapshot };
  }

  versions(meetingId: string): Promise<MinutesVersion[]> {
    return this.store.minutesVersions.listByMeeting(meetingId);
  }

  private updateMinutes(next: Minutes): Promise<Minutes> {
    return unlessChanged(() => this.store.minutes.update(next), () => this.store.minutes.get(next.meetingId));
  }

  /** A change of state that must land whatever else changed meanwhile: applied to the latest record. */
  private async changeState(meetingId: string, change: (current: Minutes) => Minutes): Promise<Minutes> {
    for (let attempt = 0; ; attempt++) {
      const current = await this.store.minutes.get(meetingId);
      if (!current) throw new DomainError('notPublished');
      try {
        return await this.store.minutes.update(change(current));
      } catch (error) {
        if (!(error instanceof VersionConflictError) || attempt >= 3) throw error;
      }
    }
  }
}
