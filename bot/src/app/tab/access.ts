import type { DomainDeps } from '../../domain/deps';
import { GroupService } from '../../domain/groups';
import type { Group, Member } from '../../domain/model';
import { TabAccessDenied, type TabIdentity } from './identity';

/** A group the app records for one tenant is closed to every other tenant. */
export const sameTenant = (group: Group, identity: TabIdentity): boolean => !group.tenantId || group.tenantId === identity.tenantId;

/**
 * The person's membership of one group, found by their Entra object id among the
 * group's members. Anyone else — another tenant, another team, no longer listed —
 * is denied the same way, so the answer tells nothing about the group.
 */
export async function membershipIn(deps: DomainDeps, identity: TabIdentity, groupId: string): Promise<{ group: Group; member: Member }> {
  const [group, members] = await Promise.all([deps.store.groups.get(groupId), deps.store.members.listByGroup(groupId)]);
  const member = members.find((m) => m.aadObjectId === identity.aadObjectId);
  if (!group || !member || !sameTenant(group, identity)) throw new TabAccessDenied(groupId);
  return { group, member };
}

/** Every group the person belongs to in their own tenant. */
export async function membershipsOf(deps: DomainDeps, identity: TabIdentity): Promise<{ group: Group; member: Member }[]> {
  // The tab knows a person by Entra object id only; Teams user ids (29:…) are never empty, so '' matches none.
  const found = await new GroupService(deps).forPerson({ userId: '', aadObjectId: identity.aadObjectId, name: identity.name });
  return found.filter(({ group, member }) => member.aadObjectId === identity.aadObjectId && sameTenant(group, identity));
}
