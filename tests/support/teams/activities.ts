import crypto from 'node:crypto';

/**
 * Activities shaped as Teams sends them to a bot (channelId "msteams", Teams
 * channelData, mention entities, 19:/29:/28: ids). Shapes follow:
 * https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/conversations/channel-and-group-conversations
 * https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events
 * https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards
 */
export const BOT = { id: '28:00000000-0000-0000-0000-00000000b0b0', name: 'Dagordning' };
export const TENANT_ID = '72f988bf-0000-0000-0000-000000000001';

export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
}

export interface TeamFixture {
  teamId: string;
  name: string;
  aadGroupId: string;
  generalChannelId: string;
}

let counter = 0;
const nextId = (): string => `${Date.now()}${String(++counter).padStart(4, '0')}`;

export function newUser(name: string): TeamsUser {
  const uuid = crypto.randomUUID();
  return { id: `29:1${uuid.replace(/-/g, '')}`, name, aadObjectId: uuid };
}

export function newTeam(name = 'Ledningsgruppen'): TeamFixture {
  const key = crypto.randomUUID().replace(/-/g, '').slice(0, 24);
  const channel = `19:${key}@thread.tacv2`;
  return { teamId: channel, name, aadGroupId: crypto.randomUUID(), generalChannelId: channel };
}

interface Common {
  serviceUrl: string;
  locale?: string;
}

const teamChannelData = (team: TeamFixture) => ({
  teamsChannelId: team.generalChannelId,
  teamsTeamId: team.teamId,
  channel: { id: team.generalChannelId },
  team: { id: team.teamId, name: team.name, aadGroupId: team.aadGroupId },
  tenant: { id: TENANT_ID },
});

const channelConversation = (team: TeamFixture, threadId?: string) => ({
  isGroup: true,
  conversationType: 'channel',
  tenantId: TENANT_ID,
  id: threadId ? `${team.generalChannelId};messageid=${threadId}` : team.generalChannelId,
});

const personalConversation = (user: TeamsUser) => ({
  conversationType: 'personal',
  tenantId: TENANT_ID,
  id: `a:1${crypto.createHash('sha256').update(user.id).digest('hex').slice(0, 40)}`,
});

function base(common: Common, from: TeamsUser) {
  const id = nextId();
  return {
    id,
    timestamp: new Date().toISOString(),
    serviceUrl: common.serviceUrl,
    channelId: 'msteams',
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: { id: BOT.id, name: BOT.name },
    locale: common.locale ?? 'sv-SE',
    localTimezone: 'Europe/Stockholm',
  };
}

/** "@Dagordning <text>" posted in the team's channel, as a new thread. */
export function channelMessage(common: Common, team: TeamFixture, from: TeamsUser, text: string) {
  const activity = base(common, from);
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...activity,
    type: 'message',
    textFormat: 'plain',
    text: `${mention} ${text}\n`,
    conversation: channelConversation(team, activity.id),
    attachments: [{ contentType: 'text/html', content: `<div><div><span itemscope="" itemtype="http://schema.skype.com/Mention" itemid="0">${BOT.name}</span>&nbsp;${text}</div></div>` }],
    entities: [
      { type: 'mention', mentioned: { id: BOT.id, name: BOT.name }, text: mention },
      { type: 'clientInfo', locale: common.locale ?? 'sv-SE', country: 'SE', platform: 'Web', timezone: 'Europe/Stockholm' },
    ],
    channelData: teamChannelData(team),
  };
}

export function personalMessage(common: Common, from: TeamsUser, text: string) {
  return {
    ...base(common, from),
    type: 'message',
    textFormat: 'plain',
    text,
    conversation: personalConversation(from),
    entities: [{ type: 'clientInfo', locale: common.locale ?? 'sv-SE', country: 'SE', platform: 'Windows', timezone: 'Europe/Stockholm' }],
    channelData: { tenant: { id: TENANT_ID } },
  };
}

/** Sent when someone adds the app to a team (or to their personal scope without a team). */
export function installationUpdate(common: Common, from: TeamsUser, team?: TeamFixture, action: 'add' | 'remove' = 'add') {
  return {
    ...base(common, from),
    type: 'installationUpdate',
    action,
    conversation: team ? channelConversation(team) : personalConversation(from),
    channelData: team
      ? { settings: { selectedChannel: { id: team.generalChannelId } }, team: { id: team.teamId, name: team.name, aadGroupId: team.aadGroupId }, tenant: { id: TENANT_ID }, source: { name: 'message' } }
      : { tenant: { id: TENANT_ID }, source: { name: 'message' } },
  };
}

/** Teams also tells the bot it joined the team with a conversationUpdate. */
export function botAddedToTeam(common: Common, from: TeamsUser, team: TeamFixture) {
  return {
    ...base(common, from),
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT.id }],
    conversation: channelConversation(team),
    channelData: { ...teamChannelData(team), eventType: 'teamMemberAdded' },
  };
}

/** People joined or left the team (or the bot did): a conversationUpdate in the team's channel. */
export function teamMembersChanged(common: Common, from: TeamsUser, team: TeamFixture, change: { added?: { id: string; aadObjectId?: string }[]; removed?: { id: string; aadObjectId?: string }[] }) {
  return {
    ...base(common, from),
    type: 'conversationUpdate',
    ...(change.added ? { membersAdded: change.added } : {}),
    ...(change.removed ? { membersRemoved: change.removed } : {}),
    conversation: channelConversation(team),
    channelData: { ...teamChannelData(team), eventType: change.added ? 'teamMemberAdded' : 'teamMemberRemoved' },
  };
}

/** The same activity as if it came from another organisation's tenant. */
export function fromTenant<T extends { conversation: object; channelData?: object }>(activity: T, tenantId: string): T {
  const channelData = activity.channelData as { tenant?: { id: string } } | undefined;
  return {
    ...activity,
    conversation: { ...activity.conversation, tenantId },
    ...(channelData ? { channelData: { ...channelData, tenant: { id: tenantId } } } : {}),
  };
}

interface CardContext {
  team?: TeamFixture;
  /** The id of the message that holds the card. */
  replyToId?: string;
  /** 'automatic' when the client refreshes a card by itself (its `refresh` action), 'manual' for a click. */
  trigger?: 'manual' | 'automatic';
}

/** Action.Execute: data merged with the card's input values, as the client sends them. */
export function adaptiveCardAction(common: Common, from: TeamsUser, verb: string, data: Record<string, unknown>, where: CardContext = {}) {
  return {
    ...base(common, from),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', id: crypto.randomUUID(), verb, data }, trigger: where.trigger ?? 'manual' },
    replyToId: where.replyToId ?? 'activity-card',
    conversation: where.team ? channelConversation(where.team) : personalConversation(from),
    channelData: where.team ? teamChannelData(where.team) : { tenant: { id: TENANT_ID } },
  };
}

/** Action.Submit fallback: a message without text whose value is the data plus inputs. */
export function cardSubmit(common: Common, from: TeamsUser, data: Record<string, unknown>, where: CardContext = {}) {
  return {
    ...base(common, from),
    type: 'message',
    value: data,
    replyToId: where.replyToId ?? 'activity-card',
    conversation: where.team ? channelConversation(where.team) : personalConversation(from),
    channelData: where.team ? teamChannelData(where.team) : { tenant: { id: TENANT_ID } },
  };
}
