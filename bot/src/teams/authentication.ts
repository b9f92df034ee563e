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

/**
 * Bot Connector authentication from the validated config. Without credentials the
 * SDK accepts every request, which config only allows in local mode.
 */
export function createBotAuthentication(config: Config): ConfigurationBotFrameworkAuthentication {
  quietTokenRejections();
  const bot = config.bot;
  return new ReusingBotAuthentication({
    MicrosoftAppId: bot?.appId ?? '',
    MicrosoftAppPassword: bot?.appPassword ?? '',
    MicrosoftAppTenantId: bot?.tenantId ?? '',
    MicrosoftAppType: bot?.appType ?? 'MultiTenant',
    ...(config.botOpenIdMetadataUrl ? { ...PUBLIC_CLOUD, ToBotFromChannelOpenIdMetadataUrl: config.botOpenIdMetadataUrl } : {}),
  });
}
