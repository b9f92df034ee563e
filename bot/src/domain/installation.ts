import type { DomainDeps } from './deps';
import { GroupService, type TeamInfo } from './groups';
import { MemberService, type Person } from './members';
import type { ConversationScope, Group } from './model';

export interface InstallEvent {
  conversationId: string;
  scope: ConversationScope;
  team?: TeamInfo;
  installer: Person;
  reference: Record<string, unknown>;
  /** The team's members as the channel lists them, registered so roles can be given at once. */
  roster?: (Person & { guest?: boolean })[];
}

export interface InstallOutcome {
  group?: Group;
  /** True only the first time this conversation sees the app: greet then, never again. */
  greet: boolean;
}

export class InstallationService {
  private readonly groups: GroupService;

  constructor(private readonly deps: DomainDeps) {
    this.groups = new GroupService(deps);
  }

  async installed(event: InstallEvent): Promise<InstallOutcome> {
    const group = event.team ? (await this.groups.forTeam(event.team, event.installer)).group : undefined;
    const now = this.deps.now().toISOString();
    await this.deps.store.conversations.save({
      conversationId: event.conversationId,
      scope: event.scope,
      groupId: group?.id,
      reference: event.reference,
      installedByUserId: event.installer.userId,
      updatedAt: now,
    });
    if (group && event.roster && event.roster.length > 0) await new MemberService(this.deps).registerAll(group, event.roster);
    const greet = await this.deps.store.conversations.claimGreeting(event.conversationId, now);
    return { group, greet };
  }
}
