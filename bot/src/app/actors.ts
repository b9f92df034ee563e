import { DomainError } from '../domain/errors';
import { assertSameTenant, groupIdForTeam } from '../domain/groups';
import { isActiveMember, isReachable, type Actor, type Group } from '../domain/model';
import type { Services } from '../domain/services';
import type { Locale } from '../i18n';
import { replyLocale, type TurnInput } from './turn';

/** A person signed in to the tab: who they are comes from their validated token, never from the request. */
export interface TokenIdentity {
  aadObjectId: string;
  tenantId: string;
}

/**
 * The one answer to "who is acting, in which group, with which role", for chat turns,
 * card actions, the tab's API and scheduled jobs. Whatever it returns is a current
 * member of a reachable group in the same tenant.
 */
export class ActorResolver {
  constructor(private readonly services: Services) {}

  /**
   * A chat turn. In the team's channel it is the team's group, and writing there makes
   * you a member (you are in the team); in a personal chat it is the group you belong to.
   */
  async forTurn(turn: TurnInput): Promise<Actor> {
    const { conversation, person } = turn;
    if (conversation.scope === 'team' && conversation.team) {
      const { groups, members } = this.services;
      // Both reads go out together: the group's id is known from the team.
      const [group, found] = await Promise.all([groups.byTeam(conversation.team.teamId), members.find(groupIdForTeam(conversation.team.teamId), person)]);
      if (!group || !isReachable(group)) throw new DomainError('notInstalled');
      assertSameTenant(group, conversation.tenantId);
      const member = found && isActiveMember(found) ? found : await members.ensure(group, person);
      return { group, member };
    }
    if (conversation.scope === 'personal') {
      const [first] = await this.membershipsOf(turn);
      if (!first) throw new DomainError('notMember');
      return first;
    }
    if (conversation.scope === 'groupChat') throw new DomainError('groupChatUnsupported');
    throw new DomainError('noGroup');
  }

  /** A card acts on its own group's data only: the channel's team, or a group the person belongs to. */
  async forTurnInGroup(turn: TurnInput, groupId: string): Promise<Actor> {
    if (turn.conversation.scope === 'personal') {
      const match = (await this.membershipsOf(turn)).find((m) => m.group.id === groupId);
      if (!match) throw new DomainError('otherGroup');
      return match;
    }
    const actor = await this.forTurn(turn);
    if (actor.group.id !== groupId) throw new DomainError('otherGroup');
    return actor;
  }

  /** The tab's signed-in user in one group. */
  async forToken(identity: TokenIdentity, groupId: string): Promise<Actor> {
    const match = (await this.groupsOfToken(identity)).find((m) => m.group.id === groupId);
    if (!match) throw new DomainError('otherGroup');
    return match;
  }

  /** Every group the tab's signed-in user may see. */
  async groupsOfToken(identity: TokenIdentity): Promise<Actor[]> {
    const memberships = await this.services.groups.forPerson({ userId: '', aadObjectId: identity.aadObjectId });
    return memberships.filter((m) => m.member.aadObjectId === identity.aadObjectId && m.group.tenantId === identity.tenantId);
  }

  /** A scheduled job acts for the app itself, in a group that can still be reached. */
  async groupForJob(groupId: string): Promise<Group | undefined> {
    const group = await this.services.deps.store.groups.get(groupId);
    return group && isReachable(group) ? group : undefined;
  }

  /** What an answer to the turn speaks when the actor is not at hand (a failure): the channel's group's language, or the person's. */
  async localeFor(turn: TurnInput): Promise<Locale> {
    const team = turn.conversation.scope === 'team' ? turn.conversation.team : undefined;
    if (!team) return turn.locale;
    const group = await this.services.groups.byTeam(team.teamId).catch(() => undefined);
    return replyLocale(turn, group);
  }

  /** In a team the group is known before anything is read, so a turn's reads can go out together. */
  static teamGroupId(turn: TurnInput): string | undefined {
    const team = turn.conversation.scope === 'team' ? turn.conversation.team : undefined;
    return team ? groupIdForTeam(team.teamId) : undefined;
  }

  private async membershipsOf(turn: TurnInput): Promise<Actor[]> {
    const memberships = await this.services.groups.forPerson(turn.person);
    return memberships.filter(({ group }) => !group.tenantId || group.tenantId === turn.conversation.tenantId);
  }
}
