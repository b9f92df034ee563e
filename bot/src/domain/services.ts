import { AgendaService } from './agenda';
import { ArchiveService } from './archive/service';
import { watchedStore } from './archive/watchedStore';
import { ConversationService } from './conversations';
import type { DomainDeps } from './deps';
import { FeedbackService } from './feedbackRequests';
import { GroupService } from './groups';
import { InstallationService } from './installation';
import { MeetingService } from './meetings';
import { MemberService } from './members';
import { MinutesService } from './minutes/service';
import { PlanChangeService } from './planChanges';
import { ReminderPlanService } from './reminderPlans';

/** The domain's services, built once per app and shared by every turn, request and job. */
export interface Services {
  readonly deps: DomainDeps;
  readonly groups: GroupService;
  readonly members: MemberService;
  readonly meetings: MeetingService;
  readonly agenda: AgendaService;
  readonly installation: InstallationService;
  readonly planChanges: PlanChangeService;
  readonly conversations: ConversationService;
  readonly reminderPlans: ReminderPlanService;
  readonly feedback: FeedbackService;
  readonly minutes: MinutesService;
  readonly archive: ArchiveService;
}

export function createServices(given: DomainDeps): Services {
  // The archive reads the store as given; everything else writes through the watched store, which keeps the archive's index current.
  const archive = new ArchiveService(given);
  const deps: DomainDeps = { ...given, store: watchedStore(given.store, (meetingId) => archive.index.touch(meetingId)) };
  const members = new MemberService(deps);
  const groups = new GroupService(deps, members);
  const meetings = new MeetingService(deps);
  const agenda = new AgendaService(deps);
  return {
    deps,
    groups,
    members,
    meetings,
    agenda,
    installation: new InstallationService(deps, groups, members),
    planChanges: new PlanChangeService(deps, meetings, agenda),
    conversations: new ConversationService(deps),
    reminderPlans: new ReminderPlanService(deps),
    feedback: new FeedbackService(deps),
    minutes: new MinutesService(deps, agenda),
    archive,
  };
}
