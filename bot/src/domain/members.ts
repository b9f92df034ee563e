import type { DomainDeps } from './deps';
import { DomainError } from './errors';
import { isCoordinator, type Group, type Member, type Membership, type Role } from './model';
import { foldForMatching, tidy, uniqueInitials } from './text';

/** Who is acting: the identity a channel gives us for the sender. */
export interface Person {
  userId: string;
  aadObjectId?: string;
  name: string;
}

export type RoleOrMembership = { role: Role } | { membership: Membership };

export class MemberService {
  constructor(private readonly deps: DomainDeps) {}

  find(groupId: string, person: Person): Promise<Member | undefined> {
    return this.deps.store.members.findByUser(groupId, person.userId, person.aadObjectId);
  }

  private add(group: Group, person: Person, initials: string, role: Role, membership: Membership): Promise<Member> {
    return this.deps.store.members.add({
      id: crypto.randomUUID(),
      groupId: group.id,
      userId: person.userId,
      aadObjectId: person.aadObjectId,
      name: tidy(person.name) || person.userId,
      initials,
      role,
      membership,
    });
  }

  /** Anyone who writes in the group's channel belongs to it; first contact registers them. */
  async ensure(group: Group, person: Person, role: Role = 'ledamot'): Promise<Member> {
    const existing = await this.find(group.id, person);
    if (existing) return existing;
    const members = await this.deps.store.members.listByGroup(group.id);
    const taken = new Set(members.map((m) => m.initials));
    try {
      return await this.add(group, person, uniqueInitials(person.name || '?', taken), role, 'LG');
    } catch (error) {
      // Two first messages at once: the other one registered them in between, so use that record.
      const registered = await this.find(group.id, person);
      if (registered) return registered;
      throw error;
    }
  }

  /**
   * Registers a team roster in one pass: one read, then one write per newcomer,
   * one at a time so a large team never floods the store.
   */
  async registerAll(group: Group, people: (Person & { guest?: boolean })[]): Promise<number> {
    const members = await this.deps.store.members.listByGroup(group.id);
    const known = new Set(members.flatMap((m) => [m.userId, m.aadObjectId].filter(Boolean)));
    const taken = new Set(members.map((m) => m.initials));
    let added = 0;
    for (const person of people) {
      if (known.has(person.userId) || (person.aadObjectId && known.has(person.aadObjectId))) continue;
      const initials = uniqueInitials(person.name || '?', taken);
      taken.add(initials);
      known.add(person.userId);
      await this.add(group, person, initials, 'ledamot', person.guest ? 'gast' : 'LG');
      added++;
    }
    return added;
  }

  /** Finds a member by initials, full name or an unambiguous first name. */
  resolve(members: Member[], query: string): Member | DomainError {
    const wanted = foldForMatching(query);
    const byInitials = members.filter((m) => foldForMatching(m.initials) === wanted);
    if (byInitials.length === 1) return byInitials[0]!;
    const byName = members.filter((m) => foldForMatching(m.name) === wanted);
    if (byName.length === 1) return byName[0]!;
    const byPart = members.filter((m) => foldForMatching(m.name).split(' ').includes(wanted) || foldForMatching(m.name).startsWith(`${wanted} `));
    if (byPart.length === 1) return byPart[0]!;
    if (byPart.length > 1 || byName.length > 1 || byInitials.length > 1) {
      return new DomainError('memberAmbiguous', { query, names: byPart.map((m) => `${m.name} (${m.initials})`).join(', ') });
    }
    return new DomainError('memberNotFound', { query });
  }

  /**
   * Changes a member's role or group. A group has one chair and one secretary, so
   * naming a new one hands the role over; the group must always keep someone who can lead it.
   */
  async change(group: Group, actor: Member, query: string, change: RoleOrMembership): Promise<Member> {
    if (!isCoordinator(actor)) throw new DomainError('notCoordinator');
    const members = await this.deps.store.members.listByGroup(group.id);
    const target = this.resolve(members, query);
    if (target instanceof DomainError) throw target;

    if ('membership' in change) {
      return this.deps.store.members.update({ ...target, membership: change.membership });
    }
    const role = change.role;
    if (target.role === role) return target;
    const coordinatorsAfter = members.filter((m) => (m.id === target.id ? role !== 'ledamot' : isCoordinator(m)));
    if (coordinatorsAfter.length === 0) throw new DomainError('lastCoordinator');

    if (role !== 'ledamot') {
      // Sequential on purpose: at most one previous holder, and order keeps the group led at every step.
      const previous = members.find((m) => m.role === role && m.id !== target.id);
      const updated = await this.deps.store.members.update({ ...target, role });
      if (previous) await this.deps.store.members.update({ ...previous, role: 'ledamot' });
      return updated;
    }
    return this.deps.store.members.update({ ...target, role });
  }
}
