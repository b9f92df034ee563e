import { TurnContext, type Activity } from 'botbuilder';
import type { TurnInput } from '../app/turn';
import type { ConversationScope } from '../domain/model';
import { tidy } from '../domain/text';
import { localeFrom, type Locale } from '../i18n';

interface TeamsChannelData {
  team?: { id?: string; name?: string; aadGroupId?: string };
  tenant?: { id?: string };
}

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * Replaces every tag (`<` up to the next `>`, at least one character between) with a
 * space, in one pass. The regular expression `/<[^>]+>/g` does the same but starts a
 * scan to the end of the text at every `<`: quadratic on a run of them.
 */
export function stripTags(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<', from);
    if (open < 0) break;
    const close = text.indexOf('>', open + 1);
    // No `>` after this `<` means none after any later `<` either: the rest is text.
    if (close < 0) break;
    // `<>` is no tag: kept as it is.
    out += close === open + 1 ? text.slice(from, close + 1) : `${text.slice(from, open)} `;
    from = close + 1;
  }
  return out + text.slice(from);
}

/** The command text without the bot's @mention and without the HTML Teams may wrap around it. */
export function commandText(activity: Activity): string {
  const withoutMention = TurnContext.removeRecipientMention(activity) ?? activity.text ?? '';
  // Entities are decoded first, once: `&lt;at&gt;` typed as text must not survive the
  // tag stripping and come out as a mention tag, and `&amp;lt;` stays the text `&lt;`.
  const decoded = withoutMention.replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
  return stripTags(decoded.replace(/<at>[^<]*<\/at>/gi, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function scopeOf(activity: Activity): ConversationScope {
  const type = activity.conversation?.conversationType;
  if (type === 'channel') return 'team';
  if (type === 'groupChat' || activity.conversation?.isGroup) return 'groupChat';
  return 'personal';
}

/** Names come from Teams but are typed by people: kept without hidden characters, and only if text at all. */
const nameOf = (value: unknown): string => (typeof value === 'string' ? tidy(value) : '');

/** 'client' follows the person's Teams client; a language speaks that one to everyone. */
export type ChatLanguage = 'client' | Locale;

export function turnInputFrom(activity: Activity, chatLanguage: ChatLanguage = 'client'): TurnInput {
  const channelData = (activity.channelData ?? {}) as TeamsChannelData;
  const scope = scopeOf(activity);
  const teamId = channelData.team?.id;
  const tenantId = channelData.tenant?.id ?? activity.conversation?.tenantId;
  return {
    person: { userId: activity.from?.id ?? '', aadObjectId: activity.from?.aadObjectId, name: nameOf(activity.from?.name) },
    conversation: {
      id: activity.conversation?.id ?? '',
      scope: scope === 'team' && !teamId ? 'groupChat' : scope,
      team: teamId ? { teamId, name: nameOf(channelData.team?.name), tenantId } : undefined,
      tenantId,
    },
    locale: chatLanguage === 'client' ? localeFrom(activity.locale) : chatLanguage,
  };
}

/** Where to post later: the channel itself, not the reply thread this activity came in. */
export function storedReference(activity: Activity): Record<string, unknown> {
  const reference = TurnContext.getConversationReference(activity);
  const conversationId = reference.conversation?.id?.split(';messageid=')[0];
  return JSON.parse(JSON.stringify({ ...reference, conversation: { ...reference.conversation, id: conversationId } })) as Record<string, unknown>;
}
