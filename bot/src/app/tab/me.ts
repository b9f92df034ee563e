import type { MeResponse } from '../../contract/tabApi';
import { isCoordinator } from '../../domain/model';
import type { ActorResolver } from '../actors';
import { membershipsOf } from './access';
import type { TabIdentity } from './identity';

/** Who the tab runs as and the groups they belong to, with their role in each. */
export async function me(actors: ActorResolver, identity: TabIdentity): Promise<MeResponse> {
  const memberships = await membershipsOf(actors, identity);
  return {
    user: { name: identity.name, aadObjectId: identity.aadObjectId, tenantId: identity.tenantId },
    developmentIdentity: identity.isDevelopment,
    groups: memberships.map(({ group, member }) => ({
      groupId: group.id,
      teamId: group.teamId,
      name: group.name,
      role: member.role,
      membership: member.membership,
      canWrite: isCoordinator(member),
    })),
  };
}
