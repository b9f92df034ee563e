import { welcomeCard } from '../cards/welcomeCard';
import { parseCommand } from '../commands/parser';
import type { DomainDeps } from '../domain/deps';
import { InstallationService } from '../domain/installation';
import type { Person } from '../domain/members';
import { toStockholm } from '../domain/time/stockholm';
import { messages } from '../i18n';
import type { Logger } from '../log/logger';
import { runCardAction } from './cardActions';
import { runCommand } from './commands';
import { failureLines } from './failures';
import { cardReply, textReply, type CardActionOutcome, type Outgoing, type TurnInput } from './turn';

/**
 * The application behind the chat: commands, card actions and installation.
 * It knows nothing of Bot Framework; the Teams edge translates to and from it.
 */
export class DagordningApp {
  constructor(
    private readonly deps: DomainDeps,
    private readonly log: Logger,
  ) {}

  async onMessage(turn: TurnInput, text: string): Promise<Outgoing[]> {
    const command = parseCommand(text, () => toStockholm(this.deps.now()));
    try {
      return await runCommand(this.deps, turn, command, turn.locale);
    } catch (error) {
      return [textReply(failureLines(error, turn.locale, this.log, { command: command.kind }).join('\n\n'))];
    }
  }

  onCardAction(turn: TurnInput, data: unknown): Promise<CardActionOutcome> {
    return runCardAction(this.deps, turn, data, this.log);
  }

  /** Stores where the app lives and greets the conversation the first time only. */
  async onInstalled(turn: TurnInput, reference: Record<string, unknown>, roster: (Person & { guest?: boolean })[] = []): Promise<Outgoing[]> {
    const { conversation, actor, locale } = turn;
    if (conversation.scope === 'groupChat') return [];
    const outcome = await new InstallationService(this.deps).installed({
      conversationId: conversation.id,
      scope: conversation.scope,
      team: conversation.team,
      installer: actor,
      reference,
      roster,
    });
    if (!outcome.greet) return [];
    const scope = conversation.scope === 'team' ? 'team' : 'personal';
    return [cardReply(welcomeCard(locale, scope, actor.name), messages(locale).welcome.title)];
  }
}
