import { welcomeCard } from '../cards/welcomeCard';
import { parseCommand } from '../commands/parser';
import { groupIdForTeam } from '../domain/groups';
import type { Person, RosterPerson } from '../domain/members';
import type { Services } from '../domain/services';
import { toStockholm } from '../domain/time/stockholm';
import { messages } from '../i18n';
import type { Logger } from '../log/logger';
import { ActorResolver } from './actors';
import { runCardAction } from './cardActions';
import { runCommand } from './commands';
import { failureLines } from './failures';
import type { FeedbackLinks } from './feedback/links';
import type { MinutesLinks } from './minutesLinks';
import { cardReply, textReply, type CardActionOutcome, type Outgoing, type TurnInput } from './turn';
import type { OutboxKick, VerbContext } from './verbs/cardVerb';

const NO_OUTBOX: OutboxKick = { soon: () => undefined };

/**
 * The application behind the chat: commands, card actions and the team's comings and
 * goings. It knows nothing of Bot Framework; the Teams edge translates to and from it.
 */
export class DagordningApp {
  readonly actors: ActorResolver;

  constructor(
    readonly services: Services,
    private readonly log: Logger,
    private readonly outbox: OutboxKick = NO_OUTBOX,
    private readonly links?: FeedbackLinks,
    private readonly minutesLinks?: MinutesLinks,
  ) {
    this.actors = new ActorResolver(services);
  }

  private context(turn: TurnInput): VerbContext {
    return { services: this.services, actors: this.actors, turn, log: this.log, outbox: this.outbox, links: this.links, minutesLinks: this.minutesLinks };
  }

  /**
   * Someone wrote in their personal chat: the bot can reach them there, even if
   * Teams had refused a note before. Never fails the turn it accompanies.
   */
  async onPersonalChat(turn: TurnInput, reference: () => Record<string, unknown>): Promise<void> {
    if (turn.conversation.scope !== 'personal' || !turn.person.userId) return;
    try {
      await this.services.conversations.personWrote({ conversationId: turn.conversation.id, userId: turn.person.userId, reference, language: turn.locale });
    } catch (error) {
      this.log.warn('personal chat not recorded', { error });
    }
  }

  async onMessage(turn: TurnInput, text: string): Promise<Outgoing[]> {
    const command = parseCommand(text, () => toStockholm(this.services.deps.now()));
    try {
      return await runCommand(this.context(turn), command);
    } catch (error) {
      const locale = await this.actors.localeFor(turn);
      const lines = failureLines(error, locale, this.log, { command: command.kind });
      // A command that was not understood as written is answered with its right form.
      if (command.kind === 'invalid' && command.command) lines.push(messages(locale).usage[command.command]);
      return [textReply(lines.join('\n\n'))];
    }
  }

  onCardAction(turn: TurnInput, data: unknown): Promise<CardActionOutcome> {
    return runCardAction(this.context(turn), data);
  }

  /** Stores where the app lives and greets the conversation the first time only. */
  async onInstalled(turn: TurnInput, reference: Record<string, unknown>, roster: RosterPerson[] = []): Promise<Outgoing[]> {
    const { conversation, person, locale } = turn;
    if (conversation.scope === 'groupChat') return [];
    const outcome = await this.services.installation.installed({
      conversationId: conversation.id,
      scope: conversation.scope,
      team: conversation.team,
      installer: person,
      reference,
      roster,
      defaultGroupName: messages(locale).common.defaultGroupName,
      language: locale,
    });
    if (!outcome.greet) return [];
    const scope = conversation.scope === 'team' ? 'team' : 'personal';
    const greetingLocale = outcome.group?.language ?? locale;
    const installer = outcome.installerName ?? person.name;
    return [cardReply(welcomeCard(greetingLocale, scope, installer), messages(greetingLocale).welcome.title)];
  }

  /** The app was removed from the team: the group's data is kept but unreachable until it is installed again. */
  async onUninstalled(turn: TurnInput): Promise<void> {
    if (turn.conversation.team) await this.services.installation.uninstalled(turn.conversation.team);
  }

  /** People joined the team: they belong to the group (again). */
  async onMembersAdded(turn: TurnInput, people: RosterPerson[]): Promise<void> {
    const group = await this.teamGroup(turn);
    if (group && people.length > 0) await this.services.members.registerAll(group, people);
  }

  /** People left the team: they lose access to the group's data. */
  async onMembersRemoved(turn: TurnInput, people: Person[]): Promise<void> {
    const group = await this.teamGroup(turn);
    if (group && people.length > 0) await this.services.members.removeFromGroup(group, people);
  }

  /** The team's group for a conversation event, when the app is installed there and the tenant matches. */
  private async teamGroup(turn: TurnInput) {
    const team = turn.conversation.team;
    if (turn.conversation.scope !== 'team' || !team) return undefined;
    const group = await this.actors.groupForJob(groupIdForTeam(team.teamId));
    if (!group || (group.tenantId && group.tenantId !== turn.conversation.tenantId)) return undefined;
    return group;
  }
}
