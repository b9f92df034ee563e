import type { DomainDeps } from './deps';
import type { ConversationRecord, Language } from './model';

export interface PersonalChat {
  conversationId: string;
  userId: string;
  reference: Record<string, unknown>;
  /** The person's client language, when the chat came from them. */
  language?: Language;
}

/** Where the bot can write on its own: a group's channel, a person's personal chat. */
export class ConversationService {
  constructor(private readonly deps: DomainDeps) {}

  /** The channel of the group's team, as stored at install. */
  async channelOf(groupId: string): Promise<ConversationRecord | undefined> {
    return (await this.deps.store.conversations.listByGroup(groupId)).find((c) => c.scope === 'team');
  }

  /** The person's personal chat with the bot, if they have one: one Teams accepts messages in, before one it refused. */
  async personalChatOf(userId: string): Promise<ConversationRecord | undefined> {
    const chats = await this.deps.store.conversations.listPersonal(userId);
    return chats.find((c) => !c.undeliverable) ?? chats[0];
  }

  /**
   * A person wrote in their personal chat: the bot can reach them there. The first
   * message stores the chat, so later notes need no new conversation; a chat Teams
   * had refused is usable again. Otherwise nothing is written, and the reference is
   * not even built.
   */
  async personWrote(chat: Omit<PersonalChat, 'reference'> & { reference: () => Record<string, unknown> }): Promise<void> {
    const known = await this.deps.store.conversations.get(chat.conversationId);
    if (known && !known.undeliverable && known.userId === chat.userId && known.language === chat.language) return;
    await this.savePersonal({ ...chat, reference: chat.reference() }, known?.installedByUserId);
  }

  /** A personal chat the bot opened itself, to deliver a note. */
  async opened(chat: PersonalChat): Promise<ConversationRecord> {
    return this.savePersonal(chat, undefined);
  }

  async markUndeliverable(conversationId: string, reason: string): Promise<void> {
    await this.deps.store.conversations.markUndeliverable(conversationId, { since: this.deps.now().toISOString(), reason });
  }

  /**
   * Teams would not open a chat with the person (blocked or not allowed): remembered
   * as a marked record of its own, until they install the app or write to it.
   */
  async unreachablePerson(userId: string, reference: Record<string, unknown>, reason: string): Promise<void> {
    const conversationId = unopenedChatId(userId);
    await this.deps.store.conversations.save({ conversationId, scope: 'personal', reference, userId, updatedAt: this.deps.now().toISOString() });
    await this.markUndeliverable(conversationId, reason);
  }

  private savePersonal(chat: PersonalChat, installedByUserId: string | undefined): Promise<ConversationRecord> {
    return this.deps.store.conversations.save({
      conversationId: chat.conversationId,
      scope: 'personal',
      reference: chat.reference,
      userId: chat.userId,
      language: chat.language,
      installedByUserId,
      updatedAt: this.deps.now().toISOString(),
    });
  }
}

/** The stand-in id of a personal chat Teams refused to open. */
export const unopenedChatId = (userId: string): string => `unopened:${userId}`;
