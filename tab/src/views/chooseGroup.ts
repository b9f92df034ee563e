import type { MeResponse } from '../../../bot/src/contract/tabApi';
import type { Host } from '../host/teamsHost';

/**
 * The group a view is for: the one the channel tab was configured with, else the
 * group of the team the tab is in, else (a personal view, local mode) the first one.
 */
export function chooseGroup(me: MeResponse, host: Host, configured?: string): string | undefined {
  if (configured) return configured;
  const ofTeam = host.teamId ? me.groups.find((g) => g.teamId === host.teamId) : undefined;
  if (ofTeam) return ofTeam.groupId;
  return host.teamId ? undefined : me.groups[0]?.groupId;
}
