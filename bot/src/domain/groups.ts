import type { DomainDeps } from './deps';
import { MemberService, type Person } from './members';
import type { Group, Member } from './model';

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

export class GroupService {
  private readonly members: MemberService;

  constructor(private readonly deps: DomainDeps) {
    this.members = new MemberService(deps);
  }

  /**
   * The team's group, created on first contact. Whoever brings the app into the team
   * becomes its secretary until the roles are changed.
   */
  async forTeam(team: TeamInfo, founder: Person): Promise<{ group: Group; created: boolean }> {
    const existing = await this.deps.store.groups.getByTeamId(team.teamId);
    if (existing) return { group: existing, created: false };
    const result = await this.deps.store.groups.createIfAbsent({
      id: groupIdForTeam(team.teamId),
      teamId: team.teamId,
      name: team.name || 'Ledningsgruppen',
      tenantId: team.tenantId,
      createdAt: this.deps.now().toISOString(),
    });
    if (result.created) await this.members.ensure(result.group, founder, 'sekreterare');
    return result;
  }

  /** The groups a person belongs to, for personal chat where no team is in sight. */
  async forPerson(person: Person): Promise<GroupMembership[]> {
    const memberships = await this.deps.store.members.listByPerson(person.userId, person.aadObjectId);
    const found: GroupMembership[] = [];
    for (const member of memberships) {
      const group = await this.deps.store.groups.get(member.groupId);
      if (group) found.push({ group, member });
    }
    return found.sort((a, b) => a.group.createdAt.localeCompare(b.group.createdAt));
  }
}
