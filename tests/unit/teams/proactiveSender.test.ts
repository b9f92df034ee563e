import { loadConfig } from '../../../bot/src/config/config';
import { createSenderAuthentication } from '../../../bot/src/teams/authentication';
import { TeamsProactiveSender, retryAfterMs } from '../../../bot/src/teams/proactiveSender';
import { ConnectorEmulator } from '../../support/botConnector/connectorEmulator';
import { TENANT_ID } from '../../support/teams/activities';

/** The Teams edge's sender against the Bot Connector emulator: what Teams answers, in the application's terms. */
describe('the Teams proactive sender', () => {
  let connector: ConnectorEmulator;
  let sender: TeamsProactiveSender;
  const channel = '19:sender-test@thread.tacv2';
  const reference = () => ({
    activityId: '1700000000000', channelId: 'msteams', serviceUrl: connector.url, bot: { id: '28:dagordning', name: 'Dagordning' },
    conversation: { id: channel, conversationType: 'channel', isGroup: true, tenantId: TENANT_ID },
  });
  const target = () => ({ kind: 'conversation' as const, conversationId: channel, reference: reference() });
  const text = (t: string) => ({ type: 'text' as const, text: t });

  beforeAll(async () => {
    connector = await ConnectorEmulator.start();
    sender = new TeamsProactiveSender(createSenderAuthentication(loadConfig({}, 'local')), '');
  });
  afterAll(() => connector.stop());
  beforeEach(() => connector.clear());

  it('posts a new message in the channel, not a reply to the stored activity, and can update it later', async () => {
    const sent = await sender.send(target(), text('Påminnelse'));
    expect(sent).toMatchObject({ outcome: 'sent' });
    const [post] = connector.calls;
    expect(post).toMatchObject({ kind: 'send', conversationId: channel });
    const activityId = (sent as { activityId: string }).activityId;
    expect(await sender.update(target(), activityId, text('Stängd'))).toEqual({ outcome: 'sent', activityId });
    expect(connector.updates()).toMatchObject([{ conversationId: channel, activityId, activity: { text: 'Stängd' } }]);
  });

  it('opens a personal chat through the team\'s channel and returns its reference', async () => {
    const result = await sender.send({ kind: 'newPersonalChat', userId: '29:tove', via: reference() }, text('Du är föredragande'));
    const chat = ConnectorEmulator.personalChatId('29:tove');
    expect(result).toMatchObject({ outcome: 'sent', opened: { conversationId: chat, reference: { conversation: { id: chat, tenantId: TENANT_ID }, user: { id: '29:tove' }, serviceUrl: connector.url } } });
    const create = connector.calls.find((c) => c.kind === 'createConversation')!;
    expect(create.activity).toMatchObject({ isGroup: false, members: [{ id: '29:tove' }], tenantId: TENANT_ID, channelData: { tenant: { id: TENANT_ID } } });
    expect(connector.posted(chat).map((c) => c.activity.text)).toEqual(['Du är föredragande']);
  });

  it.each([
    [{ status: 429 as const, retryAfterSeconds: 3 }, { outcome: 'retryLater', status: 429, afterMs: 3000 }],
    [{ status: 500 as const }, { outcome: 'failed', retryable: true, status: 500, reason: 'ServiceError' }],
    [{ status: 403 as const }, { outcome: 'undeliverable', status: 403, reason: 'BotDisabledByAdmin' }],
    [{ status: 404 as const }, { outcome: 'undeliverable', status: 404, reason: 'ConversationNotFound' }],
  ])('reports %j as %j, after one request: the SDK does not retry on its own', async (fault, expected) => {
    // A second fault waits behind the first: a retry by the SDK would meet it.
    connector.inject(channel, fault, fault);
    expect(await sender.send(target(), text('x'))).toEqual(expected);
    expect(connector.refused).toHaveLength(1);
    expect(connector.calls).toHaveLength(0);
  });

  it('reads Retry-After in seconds or as a date', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs('Wed, 09 Dec 2026 12:00:05 GMT', Date.parse('2026-12-09T12:00:00Z'))).toBe(5000);
    expect(retryAfterMs(undefined)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});
