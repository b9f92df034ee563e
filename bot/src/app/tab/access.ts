import { DomainError } from '../../domain/errors';
import type { Actor } from '../../domain/model';
import type { ActorResolver } from '../actors';
import { TabAccessDenied, type TabIdentity } from './identity';

/**
 * The person's membership of one group, through the app's one actor resolver: a
 * current member, found by Entra object id, of a reachable group in their tenant.
 * Anyone else — another tenant, another team, no longer listed — is denied the same
 * way, so the answer tells nothing about the group.
 */
export async function membershipIn(actors: ActorResolver, identity: TabIdentity, groupId: string): Promise<Actor> {
  try {
    return await actors.forToken(identity, groupId);
  } catch (error) {
    if (error instanceof DomainError) throw new TabAccessDenied(groupId);
    throw error;
  }
}

/** Every group the person belongs to in their own tenant. */
export const membershipsOf = (actors: ActorResolver, identity: TabIdentity): Promise<Actor[]> => actors.groupsOfToken(identity);
