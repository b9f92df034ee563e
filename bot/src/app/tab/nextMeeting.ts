import type { NextMeetingResponse } from '../../contract/tabApi';
import { buildAgendaView } from '../../domain/agenda';
import type { DomainDeps } from '../../domain/deps';
import { MeetingService } from '../../domain/meetings';
import { isCoordinator, type AgendaItem, type Member } from '../../domain/model';
import { membershipIn } from './access';
import { agendaJson } from './agendaJson';
import type { TabIdentity } from './identity';

/** A guest comes for the items they present and sees only those. */
const visibleTo = (member: Member) => (item: AgendaItem): boolean =>
  member.membership !== 'gast' || item.presenters.some((p) => p.memberId === member.id);

/** The group's next meeting as its member may see it; access is checked before the meeting is read. */
export async function nextMeeting(deps: DomainDeps, identity: TabIdentity, groupId: string): Promise<NextMeetingResponse> {
  const { group, member } = await membershipIn(deps, identity, groupId);
  const response: NextMeetingResponse = {
    group: { groupId: group.id, name: group.name },
    viewer: { role: member.role, membership: member.membership, canWrite: isCoordinator(member), onlyOwnItems: member.membership === 'gast' },
  };
  const meeting = await new MeetingService(deps).next(group.id);
  if (!meeting) return response;
  const items = await deps.store.items.listByMeeting(meeting.id);
  return { ...response, meeting: agendaJson(buildAgendaView(meeting, items.filter(visibleTo(member)))) };
}
