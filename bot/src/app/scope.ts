import type { DomainDeps } from '../domain/deps';
import { DomainError } from '../domain/errors';
import { GroupService, groupIdForTeam } from '../domain/groups';
import { MeetingService } from '../domain/meetings';
import { MemberService } from '../domain/members';
import type { Group, Meeting, Member } from '../domain/model';
import type { LocalDate } from '../domain/time/stockholm';
import type { TurnInput } from './turn';

export interface Scope {
  group: Group;
  member?: Member;
}

/**
 * Which group a turn acts on. In the team's channel it is the team's group (and
 * writing there makes you a member); in personal chat it is the group you belong to.
 */
export async function resolveScope(deps: DomainDeps, turn: TurnInput, options: { register: boolean }): Promise<Scope> {
  const { conversation, actor } = turn;
  if (conversation.scope === 'team' && conversation.team) {
    const members = new MemberService(deps);
    // Both reads go out together: the group's id is known from the team.
    const [{ group }, found] = await Promise.all([
      new GroupService(deps).forTeam(conversation.team, actor),
      members.find(groupIdForTeam(conversation.team.teamId), actor),
    ]);
    const member = found ?? (options.register ? await members.ensure(group, actor) : undefined);
    return { group, member };
  }
  if (conversation.scope === 'personal') {
    const [first] = await new GroupService(deps).forPerson(actor);
    if (!first) throw new DomainError('notMember');
    return first;
  }
  if (conversation.scope === 'groupChat') throw new DomainError('groupChatUnsupported');
  throw new DomainError('noGroup');
}

/** In a team the group is known before anything is read, so a turn's reads can go out together. */
export function teamGroupId(turn: TurnInput): string | undefined {
  const team = turn.conversation.scope === 'team' ? turn.conversation.team : undefined;
  return team ? groupIdForTeam(team.teamId) : undefined;
}

/**
 * The scope and the meeting a command is about. In a team channel the meeting is
 * looked up alongside the scope, so a store that batches reads needs one round trip.
 */
export async function scopeAndMeeting(deps: DomainDeps, turn: TurnInput, options: { register: boolean; date?: LocalDate }): Promise<Scope & { meeting: Meeting }> {
  const meetings = new MeetingService(deps);
  const groupId = teamGroupId(turn);
  if (groupId) {
    const [scope, meeting] = await Promise.all([resolveScope(deps, turn, options), meetings.target(groupId, options.date)]);
    return { ...scope, meeting };
  }
  const scope = await resolveScope(deps, turn, options);
  return { ...scope, meeting: await meetings.target(scope.group.id, options.date) };
}

/** A card may only act on its own group's data: the channel's team, or a group the person belongs to. */
export async function assertSameGroup(deps: DomainDeps, turn: TurnInput, groupId: string): Promise<Scope> {
  if (turn.conversation.scope === 'team' && turn.conversation.team) {
    const scope = await resolveScope(deps, turn, { register: true });
    if (scope.group.id !== groupId) throw new DomainError('otherGroup');
    return scope;
  }
  if (turn.conversation.scope === 'personal') {
    const memberships = await new GroupService(deps).forPerson(turn.actor);
    const match = memberships.find((m) => m.group.id === groupId);
    if (!match) throw new DomainError('otherGroup');
    return match;
  }
  throw new DomainError('groupChatUnsupported');
}
