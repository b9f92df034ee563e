import { expectValidCard } from './cards/validateCard';
import type { ConnectorCall } from './botConnector/connectorEmulator';
import * as activities from './teams/activities';
import { newTeam, newUser, type TeamFixture, type TeamsUser } from './teams/activities';
import type { TestApp } from './testApp';

/**
 * A person talking to the bot, in the team channel or in personal chat, reading
 * what the bot posts back through the Bot Connector emulator. Every card the bot
 * sends is checked against the Adaptive Cards schema on the way.
 */
export interface Reply {
  text?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  card?: any;
  call: ConnectorCall;
}

function toReply(call: ConnectorCall): Reply {
  const attachment = call.activity?.attachments?.[0];
  if (attachment) {
    expectValidCard(attachment.content);
    return { card: attachment.content, call };
  }
  return { text: call.activity?.text, call };
}

export class Person {
  constructor(
    private readonly app: TestApp,
    readonly user: TeamsUser,
    private readonly locale = 'sv-SE',
  ) {}

  private get common() {
    return { serviceUrl: this.app.connector.url, locale: this.locale };
  }

  private async send(activity: unknown): Promise<Reply[]> {
    const before = this.app.connector.calls.length;
    const response = await this.app.post(activity);
    if (response.status !== 200) throw new Error(`bot answered ${response.status}: ${JSON.stringify(response.body)}`);
    return this.app.connector.calls.slice(before).filter((c) => c.kind === 'send' || c.kind === 'reply').map(toReply);
  }

  /** "@Dagordning <text>" in the team channel. */
  inChannel(team: TeamFixture, text: string): Promise<Reply[]> {
    return this.send(activities.channelMessage(this.common, team, this.user, text));
  }

  inPersonalChat(text: string): Promise<Reply[]> {
    return this.send(activities.personalMessage(this.common, this.user, text));
  }

  installs(team?: TeamFixture): Promise<Reply[]> {
    return this.send(activities.installationUpdate(this.common, this.user, team));
  }

  uninstalls(team: TeamFixture): Promise<Reply[]> {
    return this.send(activities.installationUpdate(this.common, this.user, team, 'remove'));
  }

  /** A team owner adds or removes people (or the bot itself) in the team. */
  changesTeam(team: TeamFixture, change: { added?: TeamsUser[]; removed?: TeamsUser[] }): Promise<Reply[]> {
    const accounts = (users?: TeamsUser[]) => users?.map((u) => ({ id: u.id, aadObjectId: u.aadObjectId }));
    return this.send(activities.teamMembersChanged(this.common, this.user, team, { added: accounts(change.added), removed: accounts(change.removed) }));
  }

  /** Any activity, as sent. */
  sends(activity: unknown): Promise<Reply[]> {
    return this.send(activity);
  }

  message(team: TeamFixture, text: string) {
    return activities.channelMessage(this.common, team, this.user, text);
  }

  addsBotToTeam(team: TeamFixture): Promise<Reply[]> {
    return this.send(activities.botAddedToTeam(this.common, this.user, team));
  }

  /** Clicks an Action.Execute button; returns the card that replaces it and any new messages. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async clicks(verb: string, data: Record<string, unknown>, team?: TeamFixture): Promise<{ card: any; followUps: Reply[]; status: number }> {
    const before = this.app.connector.calls.length;
    const response = await this.app.post(activities.adaptiveCardAction(this.common, this.user, verb, data, { team }));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const body = response.body as any;
    if (response.status !== 200 || body?.statusCode !== 200) throw new Error(`card action answered ${response.status}: ${JSON.stringify(body)}`);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expectValidCard(body.value);
    const followUps = this.app.connector.calls.slice(before).filter((c) => c.kind === 'send' || c.kind === 'reply').map(toReply);
    return { card: body.value, followUps, status: response.status };
  }

  /**
   * Sees a card with a `refresh` clause: as Teams does, the client sends the refresh
   * action by itself (trigger automatic) when the person is among its userIds, and
   * shows the card the bot answers with instead. Anyone else sees the card as posted.
   * https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards#user-ids-in-refresh
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async sees(card: any, team?: TeamFixture): Promise<any> {
    const refresh = card?.refresh as { action: { verb: string; data?: Record<string, unknown> }; userIds?: string[] } | undefined;
    if (!refresh || !(refresh.userIds ?? []).includes(this.user.id)) return card;
    const response = await this.app.post(activities.adaptiveCardAction(this.common, this.user, refresh.action.verb, refresh.action.data ?? {}, { team, trigger: 'automatic' }));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const body = response.body as any;
    if (response.status !== 200 || body?.statusCode !== 200) throw new Error(`refresh answered ${response.status}: ${JSON.stringify(body)}`);
    expectValidCard(body.value);
    return body.value;
  }

  /** Action.Submit fallback: the bot updates the card message in place. */
  async submits(data: Record<string, unknown>, replyToId: string, team?: TeamFixture): Promise<ConnectorCall[]> {
    const before = this.app.connector.calls.length;
    const response = await this.app.post(activities.cardSubmit(this.common, this.user, data, { team, replyToId }));
    if (response.status !== 200) throw new Error(`bot answered ${response.status}`);
    return this.app.connector.calls.slice(before);
  }
}

export const onlyText = (replies: Reply[]): string => {
  expect(replies).toHaveLength(1);
  expect(replies[0]!.text).toBeDefined();
  return replies[0]!.text!;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const onlyCard = (replies: Reply[]): any => {
  expect(replies).toHaveLength(1);
  expect(replies[0]!.card).toBeDefined();
  return replies[0]!.card;
};

/**
 * A team whose secretary installed the app (its roster holds the secretary and one
 * member, Tomas Karlsson, TK) and planned a meeting on Tuesday 8 December 2026.
 */
export async function preparedTeam(app: TestApp, meeting = 'möte tisdag 8 december 13.00-16.00 Jupiter + Teams'): Promise<{ team: TeamFixture; secretary: Person; member: Person }> {
  const team = newTeam('Ledningsgruppen');
  const secretary = new Person(app, newUser('Sara Lindqvist'));
  const member = new Person(app, newUser('Tomas Karlsson'));
  app.connector.rosters.set(team.teamId, [secretary.user, member.user].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
  await secretary.installs(team);
  onlyText(await secretary.inChannel(team, meeting));
  return { team, secretary, member };
}
