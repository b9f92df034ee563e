import { CallerIdConstants, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Config } from '../config/config';
import { PromiseCache } from './promiseCache';
import { quietTokenRejections } from './quietTokenRejections';

/**
 * The public cloud's Bot Framework endpoints. The SDK uses them by default, but as
 * soon as one is overridden it expects the whole set, so they are spelled out.
 * https://learn.microsoft.com/en-us/azure/bot-service/rest-api/bot-framework-rest-connector-authentication
 */
const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: CallerIdConstants.PublicAzureChannel,
  ValidateAuthority: true,
};

type Identity = Parameters<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>[0];
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;

/**
 * The SDK also builds a user-token client with a full HTTP pipeline on every turn,
 * though this app never signs users in through it; one per calling app id is kept.
 */
class ReusingBotAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly userTokenClients = new PromiseCache<UserTokenClient>(64);

  override createUserTokenClient(identity: Identity): Promise<UserTokenClient> {
    const claim = (type: string): string => identity.claims?.find((c) => c.type === type)?.value ?? '';
    return this.userTokenClients.get(`${claim('aud')}\n${claim('appid')}\n${claim('azp')}`, () => super.createUserTokenClient(identity));
  }
}

type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;

/**
 * For proactive sends: one Bot Connector client per service URL and audience, kept,
 * and without the SDK's own retries (it would wait out a 429 or repeat a 5xx on its
 * own, unseen by the sender's rate limiter, which does both for every send at once).
 */
class SendingBotAuthentication extends ReusingBotAuthentication {
  private readonly clients = new PromiseCache<ConnectorClient>(64);

  override createConnectorFactory(claimsIdentity: Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0]): ConnectorFactory {
    const inner = super.createConnectorFactory(claimsIdentity);
    const create = (serviceUrl: string, audience?: string): Promise<ConnectorClient> =>
      this.clients.get(`${serviceUrl}\n${audience ?? ''}`, async () => withoutRetries(await inner.create(serviceUrl, audience)));
    return { create } as ConnectorFactory;
  }
}

/** The client's HTTP pipeline (@azure/core-rest-pipeline) without its default retry policy. */
function withoutRetries(client: ConnectorClient): ConnectorClient {
  const pipeline = (client as unknown as { client?: { pipeline?: { removePolicy(policy: { name: string }): unknown } } }).client?.pipeline;
  pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
  return client;
}

function settingsOf(config: Config): ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0] {
  const bot = config.bot;
  return {
    MicrosoftAppId: bot?.appId ?? '',
    MicrosoftAppPassword: bot?.appPassword ?? '',
    MicrosoftAppTenantId: bot?.tenantId ?? '',
    MicrosoftAppType: bot?.appType ?? 'MultiTenant',
    ...(config.botOpenIdMetadataUrl ? { ...PUBLIC_CLOUD, ToBotFromChannelOpenIdMetadataUrl: config.botOpenIdMetadataUrl } : {}),
  };
}

/**
 * Bot Connector authentication from the validated config. Without credentials the
 * SDK accepts every request, which config only allows in local mode.
 */
export function createBotAuthentication(config: Config): ConfigurationBotFrameworkAuthentication {
  quietTokenRejections();
  return new ReusingBotAuthentication(settingsOf(config));
}

/** The same credentials, for the proactive sender. */
export function createSenderAuthentication(config: Config): ConfigurationBotFrameworkAuthentication {
  return new SendingBotAuthentication(settingsOf(config));
}
