import { AgendaService } from './agenda';
import { ConversationService } from './conversations';
import type { DomainDeps } from './deps';
import { GroupService } from './groups';
import { InstallationService } from './installation';
import { MeetingService } from './meetings';
import { MemberService } from './members';
import { ReminderPlanService } from './reminderPlans';

/** The domain's services, built once per app and shared by every turn, request and job. */
export interface Services {
  readonly deps: DomainDeps;
  readonly groups: GroupService;
  readonly members: MemberService;
  readonly meetings: MeetingService;
  readonly agenda: AgendaService;
  readonly installation: InstallationService;
  readonly conversations: ConversationService;
  readonly reminderPlans: ReminderPlanService;
}

export function createServices(deps: DomainDeps): Services {
  const members = new MemberService(deps);
  const groups = new GroupService(deps, members);
  return {
    deps,
    groups,
    members,
    meetings: new MeetingService(deps),
    agenda: new AgendaService(deps),
    installation: new InstallationService(deps, groups, members),
    conversations: new ConversationService(deps),
    reminderPlans: new ReminderPlanService(deps),
  };
}
