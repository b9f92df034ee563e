import type { DomainDeps } from './deps';
import type { GroupService, TeamInfo } from './groups';
import type { MemberService, Person, RosterPerson } from './members';
import type { ConversationScope, Group, Language } from './model';

export interface InstallEvent {
  conversationId: string;
  scope: ConversationScope;
  team?: TeamInfo;
  installer: Person;
  reference: Record<string, unknown>;
  /** The team's members as the channel lists them, registered so roles can be given at once. */
  roster?: RosterPerson[];
  /** The group's name when the team has none. */
  defaultGroupName: string;
  /** The installer's client language: what their personal chat speaks. */
  language?: Language;
}

export interface InstallOutcome {
  group?: Group;
  /** The installer's name, from the roster when the event lacked it. */
  installerName: string;
  /** True only the first time this conversation sees the app: greet then, never again. */
  greet: boolean;
}

export class InstallationService {
  constructor(
    private readonly deps: DomainDeps,
    private readonly groups: GroupService,
    private readonly members: MemberService,
  ) {}

  async installed(event: InstallEvent): Promise<InstallOutcome> {
    // Teams does not always name the installer in the event; the roster does.
    const listed = event.roster?.find((p) => p.userId === event.installer.userId);
    const installer = event.installer.name || !listed ? event.installer : { ...event.installer, name: listed.name };
    const group = event.team ? (await this.groups.found(event.team, installer, event.defaultGroupName)).group : undefined;
    const now = this.deps.now().toISOString();
    const personal = event.scope === 'personal';
    // Saving the reference also makes a conversation Teams had refused reachable again.
    await this.deps.store.conversations.save({
      conversationId: event.conversationId,
      scope: event.scope,
      groupId: group?.id,
      reference: event.reference,
      installedByUserId: installer.userId,
      updatedAt: now,
      ...(personal ? { userId: installer.userId, language: event.language } : {}),
    });
    if (group && event.roster && event.roster.length > 0) await this.members.registerAll(group, event.roster);
    const greet = await this.deps.store.conversations.claimGreeting(event.conversationId, now);
    return { group, greet, installerName: installer.name };
  }

  /** The app was removed from a team: its group's data is kept but unreachable until the app is installed again. */
  async uninstalled(team: TeamInfo): Promise<void> {
    await this.groups.removed(team.teamId);
  }
}
