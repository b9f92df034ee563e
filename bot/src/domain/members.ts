import type { DomainDeps } from './deps';
import { DomainError } from './errors';
import { isActiveMember, isCoordinator, type Actor, type Group, type Member, type Membership, type Role } from './model';
import { foldForMatching, tidy, uniqueInitials } from './text';

/** Who is acting: the identity a channel gives us for the sender. */
export interface Person {
  userId: string;
  aadObjectId?: string;
  name: string;
}

/** A person as a team roster lists them. */
export type RosterPerson = Person & { guest?: boolean };

export type RoleOrMembership = { role: Role } | { membership: Membership };

export interface RoleChange {
  /** The member as they were before the change. */
  before: Member;
  changed: Member;
  /** Whoever held the role before and lost it by this change. */
  demoted?: Member;
}

export class MemberService {
  constructor(private readonly deps: DomainDeps) {}

  find(groupId: string, person: Pick<Person, 'userId' | 'aadObjectId'>): Promise<Member | undefined> {
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

  private rejoin(member: Member): Promise<Member> {
    return this.deps.store.members.update({ ...member, leftAt: undefined });
  }

  /**
   * Anyone in the team belongs to the group: first contact registers them, and someone
   * who left the team and came back gets their access back (with the role they had).
   */
  async ensure(group: Group, person: Person, role: Role = 'ledamot'): Promise<Member> {
    const existing = await this.find(group.id, person);
    if (existing) return isActiveMember(existing) ? existing : this.rejoin(existing);
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
   * Registers a team roster in one pass: one read, then one write per newcomer or
   * returning member, one at a time so a large team never floods the store.
   */
  async registerAll(group: Group, people: RosterPerson[]): Promise<number> {
    const members = await this.deps.store.members.listByGroup(group.id);
    const byIdentity = new Map<string, Member>();
    for (const m of members) {
      byIdentity.set(m.userId, m);
      if (m.aadObjectId) byIdentity.set(m.aadObjectId, m);
    }
    const taken = new Set(members.map((m) => m.initials));
    let changed = 0;
    for (const person of people) {
      const known = byIdentity.get(person.userId) ?? (person.aadObjectId ? byIdentity.get(person.aadObjectId) : undefined);
      if (known) {
        if (!isActiveMember(known)) {
          await this.rejoin(known);
          changed++;
        }
        continue;
      }
      const initials = uniqueInitials(person.name || '?', taken);
      taken.add(initials);
      const added = await this.add(group, person, initials, 'ledamot', person.guest ? 'gast' : 'LG');
      byIdentity.set(person.userId, added);
      changed++;
    }
    return changed;
  }

  /** People removed from the team lose their access; their record stays for the minutes that name them. */
  async removeFromGroup(group: Group, people: Pick<Person, 'userId' | 'aadObjectId'>[]): Promise<number> {
    let removed = 0;
    for (const person of people) {
      const member = await this.find(group.id, person);
      if (!member || !isActiveMember(member)) continue;
      await this.deps.store.members.update({ ...member, leftAt: this.deps.now().toISOString() });
      removed++;
    }
    return removed;
  }

  /** Finds a current member by initials, full name or an unambiguous first name. */
  resolve(members: Member[], query: string): Member | DomainError {
    const current = members.filter(isActiveMember);
    const wanted = foldForMatching(query);
    const byInitials = current.filter((m) => foldForMatching(m.initials) === wanted);
    if (byInitials.length === 1) return byInitials[0]!;
    const byName = current.filter((m) => foldForMatching(m.name) === wanted);
    if (byName.length === 1) return byName[0]!;
    const byPart = current.filter((m) => foldForMatching(m.name).split(' ').includes(wanted) || foldForMatching(m.name).startsWith(`${wanted} `));
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
  async change(actor: Actor, query: string, change: RoleOrMembership): Promise<RoleChange> {
    if (!isCoordinator(actor.member)) throw new DomainError('notCoordinator');
    const members = (await this.deps.store.members.listByGroup(actor.group.id)).filter(isActiveMember);
    const target = this.resolve(members, query);
    if (target instanceof DomainError) throw target;

    if ('membership' in change) {
      if (target.membership === change.membership) return { before: target, changed: target };
      return { before: target, changed: await this.deps.store.members.update({ ...target, membership: change.membership }) };
    }
    const role = change.role;
    if (target.role === role) return { before: target, changed: target };
    const coordinatorsAfter = members.filter((m) => (m.id === target.id ? role !== 'ledamot' : isCoordinator(m)));
    if (coordinatorsAfter.length === 0) throw new DomainError('lastCoordinator');

    // Sequential on purpose: at most one previous holder, and this order keeps the group led at every step.
    const previous = role === 'ledamot' ? undefined : members.find((m) => m.role === role && m.id !== target.id);
    const changed = await this.deps.store.members.update({ ...target, role });
    const demoted = previous ? await this.deps.store.members.update({ ...previous, role: 'ledamot' }) : undefined;
    return { before: target, changed, demoted };
  }
}
