import type { DomainDeps } from '../domain/deps';
import { DomainError } from '../domain/errors';
import { GroupService } from '../domain/groups';
import { MemberService } from '../domain/members';
import type { Group, Member } from '../domain/model';
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
    const { group } = await new GroupService(deps).forTeam(conversation.team, actor);
    const members = new MemberService(deps);
    const member = options.register ? await members.ensure(group, actor) : await members.find(group.id, actor);
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
