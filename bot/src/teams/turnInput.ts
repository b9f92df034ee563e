import { TurnContext, type Activity } from 'botbuilder';
import type { TurnInput } from '../app/turn';
import type { ConversationScope } from '../domain/model';
import { localeFrom } from '../i18n';

interface TeamsChannelData {
  team?: { id?: string; name?: string; aadGroupId?: string };
  tenant?: { id?: string };
}

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The command text without the bot's @mention and without the HTML Teams may wrap around it. */
export function commandText(activity: Activity): string {
  const withoutMention = TurnContext.removeRecipientMention(activity) ?? activity.text ?? '';
  return withoutMention
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

function scopeOf(activity: Activity): ConversationScope {
  const type = activity.conversation?.conversationType;
  if (type === 'channel') return 'team';
  if (type === 'groupChat' || activity.conversation?.isGroup) return 'groupChat';
  return 'personal';
}

export function turnInputFrom(activity: Activity): TurnInput {
  const channelData = (activity.channelData ?? {}) as TeamsChannelData;
  const scope = scopeOf(activity);
  const teamId = channelData.team?.id;
  const tenantId = channelData.tenant?.id ?? activity.conversation?.tenantId;
  return {
    person: { userId: activity.from?.id ?? '', aadObjectId: activity.from?.aadObjectId, name: activity.from?.name ?? '' },
    conversation: {
      id: activity.conversation?.id ?? '',
      scope: scope === 'team' && !teamId ? 'groupChat' : scope,
      team: teamId ? { teamId, name: channelData.team?.name ?? '', tenantId } : undefined,
      tenantId,
    },
    locale: localeFrom(activity.locale),
  };
}

/** Where to post later: the channel itself, not the reply thread this activity came in. */
export function storedReference(activity: Activity): Record<string, unknown> {
  const reference = TurnContext.getConversationReference(activity);
  const conversationId = reference.conversation?.id?.split(';messageid=')[0];
  return JSON.parse(JSON.stringify({ ...reference, conversation: { ...reference.conversation, id: conversationId } })) as Record<string, unknown>;
}
