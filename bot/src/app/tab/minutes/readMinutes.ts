import type { MeetingsResponse, MinutesEditing, MinutesResponse, MinutesStateCode, MyAction, MyActionsResponse } from '../../../contract/minutesApi';
import { isOverdue } from '../../../domain/minutes/model';
import { guestSnapshot } from '../../../domain/minutes/snapshot';
import type { WorkingMinutes } from '../../../domain/minutes/service';
import { isCoordinator, type Actor, type Group, type Meeting } from '../../../domain/model';
import type { Services } from '../../../domain/services';
import { isoDate, toStockholm } from '../../../domain/time/stockholm';
import type { ActorResolver } from '../../actors';
import { membershipIn, membershipsOf } from '../access';
import { TabNotFound, type TabIdentity } from '../identity';
import { actionJson, documentJson, followUpJson, itemMinutesJson, versionSummary, viewerOf } from './minutesJson';

/** One of the group's meetings, or TabNotFound: the tab never reaches another group's meeting by its id. */
export async function meetingOfGroup(services: Services, group: Group, meetingId: string): Promise<Meeting> {
  const meeting = await services.deps.store.meetings.get(meetingId);
  if (!meeting || meeting.groupId !== group.id) throw new TabNotFound('meeting');
  return meeting;
}

/** What the tab may ask for instead of a meeting's id: the meeting Protokoll opens on. */
export const CURRENT_MEETING = 'current';

/** The latest meeting that has begun (being written, or the last held), else the next one. */
function currentOf(meetings: Meeting[], nowIso: string): Meeting | undefined {
  const held = meetings.filter((m) => m.status !== 'installt');
  return [...held].reverse().find((m) => m.startsAt <= nowIso) ?? held.find((m) => m.startsAt > nowIso);
}

/** What a member may know of the minutes' state: drafts are the chair's and the secretary's. */
const stateFor = (actor: Actor, state: MinutesStateCode, publishedVersion: number): MinutesStateCode =>
  isCoordinator(actor.member) ? state : publishedVersion > 0 ? 'published' : 'none';

/** The group's meetings, newest first, for choosing whose minutes to read or write. */
export async function meetingsOf(services: Services, actors: ActorResolver, identity: TabIdentity, groupId: string): Promise<MeetingsResponse> {
  const actor = await membershipIn(actors, identity, groupId);
  const { store } = services.deps;
  const [meetings, minutes] = await Promise.all([store.meetings.listByGroup(groupId), store.minutes.listByGroup(groupId)]);
  const byMeeting = new Map(minutes.map((m) => [m.meetingId, m]));
  const current = currentOf(meetings, services.deps.now().toISOString());
  return {
    ...(current ? { current: current.id } : {}),
    group: { groupId: actor.group.id, name: actor.group.name },
    viewer: viewerOf(actor.member),
    meetings: [...meetings].reverse().map((meeting) => {
      const written = byMeeting.get(meeting.id);
      const publishedVersion = written?.publishedVersion ?? 0;
      return {
        meetingId: meeting.id, startsAt: meeting.startsAt, endsAt: meeting.endsAt, place: meeting.place, status: meeting.status,
        minutes: stateFor(actor, written?.state ?? 'none', publishedVersion), publishedVersion,
      };
    }),
  };
}

async function editingJson(services: Services, meeting: Meeting, working: WorkingMinutes): Promise<MinutesEditing> {
  const { store } = services.deps;
  const [members, meetings] = await Promise.all([store.members.listByGroup(meeting.groupId), store.meetings.listByGroup(meeting.groupId)]);
  const now = services.deps.now().toISOString();
  const laterMeetings = meetings.filter((m) => m.status === 'planerat' && m.startsAt > meeting.startsAt && m.startsAt > now);
  const targets = new Map(meetings.map((m) => [m.id, m]));
  return {
    ...(working.minutes ? { version: working.minutes.version } : {}),
    ...(working.minutes?.correctionReason ? { correctionReason: working.minutes.correctionReason } : {}),
    members: members.filter((m) => !m.leftAt).map((m) => ({ memberId: m.id, name: m.name, initials: m.initials, membership: m.membership })),
    items: working.items.map(itemMinutesJson),
    actions: working.actions.map(actionJson),
    followUps: working.followUps.flatMap((f) => followUpJson(f, targets) ?? []),
    laterMeetings: laterMeetings.map((m) => ({ meetingId: m.id, startsAt: m.startsAt, place: m.place })),
  };
}

/**
 * A meeting's minutes as the person may read them (`current`: the meeting Protokoll opens on). The chair and the secretary get
 * the minutes as they are being written, with what they need to edit them; members
 * read the latest published version (or the one asked for) and nothing before the
 * first publication; a guest reads only the items they present.
 */
export async function minutesOf(services: Services, actors: ActorResolver, identity: TabIdentity, groupId: string, meetingId: string, version?: number): Promise<MinutesResponse> {
  const actor = await membershipIn(actors, identity, groupId);
  const meeting = meetingId === CURRENT_MEETING ? currentOf(await services.deps.store.meetings.listByGroup(groupId), services.deps.now().toISOString()) : await meetingOfGroup(services, actor.group, meetingId);
  if (!meeting) throw new TabNotFound('meeting');
  const [minutes, versions] = await Promise.all([services.minutes.get(meeting.id), services.minutes.versions(meeting.id)]);
  const guest = actor.member.membership === 'gast';
  const writer = isCoordinator(actor.member);
  const base: MinutesResponse = {
    group: { groupId: actor.group.id, name: actor.group.name },
    viewer: viewerOf(actor.member),
    meeting: { meetingId: meeting.id, startsAt: meeting.startsAt, endsAt: meeting.endsAt, place: meeting.place, status: meeting.status },
    state: stateFor(actor, minutes?.state ?? 'none', minutes?.publishedVersion ?? 0),
    versions: versions.map((v) => versionSummary(v, !guest)),
  };
  if (version === undefined && writer) {
    const working = await services.minutes.working(meeting, minutes);
    return { ...base, shown: { kind: 'working' }, minutes: documentJson(working.snapshot), editing: await editingJson(services, meeting, working) };
  }
  const shown = version === undefined ? versions.at(-1) : versions.find((v) => v.number === version);
  if (!shown) {
    if (version !== undefined) throw new TabNotFound('version');
    return base;
  }
  const snapshot = guest ? guestSnapshot(shown.snapshot, actor.member.id) : shown.snapshot;
  return { ...base, shown: { kind: 'published', version: shown.number }, minutes: documentJson(snapshot) };
}

/** The person's open actions in published minutes, in every group they belong to, the earliest due first. */
export async function myActions(services: Services, actors: ActorResolver, identity: TabIdentity): Promise<MyActionsResponse> {
  const { store } = services.deps;
  const today = isoDate(toStockholm(services.deps.now()));
  const found: MyAction[] = [];
  for (const { group, member } of await membershipsOf(actors, identity)) {
    const open = (await store.actions.listByOwner(member.id)).filter((a) => !a.done && a.groupId === group.id);
    for (const action of open) {
      const [minutes, meeting, item] = await Promise.all([store.minutes.get(action.meetingId), store.meetings.get(action.meetingId), store.items.get(action.itemId)]);
      if (!minutes || minutes.publishedVersion === 0 || !meeting) continue;
      found.push({
        actionId: action.id, groupId: group.id, groupName: group.name, meetingId: meeting.id, meetingStartsAt: meeting.startsAt, itemTitle: item?.title ?? '',
        what: action.what, ...(action.due ? { due: action.due } : {}), overdue: isOverdue(action, today),
      });
    }
  }
  return { actions: found.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.meetingStartsAt.localeCompare(b.meetingStartsAt)) };
}
