import type { DomainDeps } from './deps';
import { DomainError } from './errors';
import type { MemberService, Person } from './members';
import { isActiveMember, isCoordinator, isReachable, type Actor, type Group, type Language, type Member } from './model';

export interface TeamInfo {
  teamId: string;
  name: string;
  tenantId?: string;
}

/**
 * A team has exactly one group, so the group's id is the team's. Knowing it up front
 * lets the group, the person's membership and the meetings be read at the same time.
 */
export const groupIdForTeam = (teamId: string): string => teamId;

export interface GroupMembership {
  group: Group;
  member: Member;
}

export interface Founding {
  group: Group;
  created: boolean;
  /** The app came back to a team it had been removed from; the group's data is reachable again. */
  reinstalled: boolean;
}

/** An activity from another tenant than the group's never reaches its data. */
export function assertSameTenant(group: Group, tenantId: string | undefined): void {
  if (group.tenantId && tenantId && group.tenantId !== tenantId) throw new DomainError('otherTenant');
  if (group.tenantId && !tenantId) throw new DomainError('otherTenant');
}

export class GroupService {
  constructor(
    private readonly deps: DomainDeps,
    private readonly members: MemberService,
  ) {}

  byTeam(teamId: string): Promise<Group | undefined> {
    return this.deps.store.groups.getByTeamId(teamId);
  }

  /**
   * Only installing the app founds a team's group: the installer becomes its secretary
   * until the roles are changed. Installing again after a removal makes the kept data
   * reachable again, with the roles it had.
   */
  async found(team: TeamInfo, founder: Person, defaultName: string): Promise<Founding> {
    const existing = await this.byTeam(team.teamId);
    if (existing) {
      if (isReachable(existing)) return { group: existing, created: false, reinstalled: false };
      const group = await this.deps.store.groups.update({ ...existing, removedAt: undefined });
      return { group, created: false, reinstalled: true };
    }
    const result = await this.deps.store.groups.createIfAbsent({
      id: groupIdForTeam(team.teamId),
      teamId: team.teamId,
      name: team.name || defaultName,
      tenantId: team.tenantId,
      createdAt: this.deps.now().toISOString(),
      language: 'sv',
    });
    if (result.created) await this.members.ensure(result.group, founder, 'sekreterare');
    return { ...result, reinstalled: false };
  }

  /** The app was removed from the team: nothing is deleted, but nobody reaches the data until it is installed again. */
  async removed(teamId: string): Promise<Group | undefined> {
    const group = await this.byTeam(teamId);
    if (!group || !isReachable(group)) return group;
    return this.deps.store.groups.update({ ...group, removedAt: this.deps.now().toISOString() });
  }

  async setLanguage(actor: Actor, language: Language): Promise<Group> {
    if (!isCoordinator(actor.member)) throw new DomainError('notCoordinator');
    if (actor.group.language === language) return actor.group;
    return this.deps.store.groups.update({ ...actor.group, language });
  }

  /** The reachable groups a person currently belongs to, for personal chat and the tab; oldest group first. */
  async forPerson(person: Pick<Person, 'userId' | 'aadObjectId'>): Promise<GroupMembership[]> {
    const memberships = (await this.deps.store.members.listByPerson(person.userId, person.aadObjectId)).filter(isActiveMember);
    const groups = await Promise.all(memberships.map((m) => this.deps.store.groups.get(m.groupId)));
    const found: GroupMembership[] = [];
    memberships.forEach((member, index) => {
      const group = groups[index];
      if (group && isReachable(group)) found.push({ group, member });
    });
    return found.sort((a, b) => a.group.createdAt.localeCompare(b.group.createdAt));
  }
}
