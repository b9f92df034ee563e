import type { NextMeetingResponse, OpenFeedback } from '../../contract/tabApi';
import type { FeedbackSummary } from '../../domain/feedbackRequests';
import { isCoordinator, type AgendaItem, type Member } from '../../domain/model';
import type { Services } from '../../domain/services';
import type { ActorResolver } from '../actors';
import { membershipIn } from './access';
import { agendaJson } from './agendaJson';
import type { TabIdentity } from './identity';

/** A guest comes for the items they present and sees only those. */
export const visibleTo = (member: Member) => (item: AgendaItem): boolean =>
  member.membership !== 'gast' || item.presenters.some((p) => p.memberId === member.id);

/** The group's next meeting as its member may see it; access is checked before the meeting is read. */
export async function nextMeeting(services: Services, actors: ActorResolver, identity: TabIdentity, groupId: string): Promise<NextMeetingResponse> {
  const { group, member } = await membershipIn(actors, identity, groupId);
  const response: NextMeetingResponse = {
    group: { groupId: group.id, name: group.name },
    viewer: { role: member.role, membership: member.membership, canWrite: isCoordinator(member), onlyOwnItems: member.membership === 'gast' },
  };
  const meeting = await services.meetings.next(group.id);
  if (!meeting) return response;
  // Guests are never asked for feedback, so they are not shown the questions either.
  const [view, feedback] = await Promise.all([services.agenda.agenda(meeting), member.membership === 'gast' ? [] : services.feedback.openForMeeting(meeting.id)]);
  // Numbered as everyone's agenda is numbered; a guest then sees only their own items of it.
  return { ...response, meeting: agendaJson(view, visibleTo(member), member.membership !== 'gast'), ...(feedback.length > 0 ? { feedback: feedback.map(openFeedback) } : {}) };
}

const openFeedback = ({ request, tally }: FeedbackSummary): OpenFeedback => ({
  requestId: request.id, question: request.question, ...(request.itemTitle ? { itemTitle: request.itemTitle } : {}), deadline: request.deadline, answered: tally.answered, asked: tally.asked,
});
