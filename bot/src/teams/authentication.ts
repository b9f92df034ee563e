import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Config } from '../config/config';

/**
 * Bot Connector authentication from the validated config. Without credentials the
 * SDK accepts every request, which config only allows in local mode.
 */
export function createBotAuthentication(config: Config): ConfigurationBotFrameworkAuthentication {
  const bot = config.bot;
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: bot?.appId ?? '',
    MicrosoftAppPassword: bot?.appPassword ?? '',
    MicrosoftAppTenantId: bot?.tenantId ?? '',
    MicrosoftAppType: bot?.appType ?? 'MultiTenant',
    ...(config.botOpenIdMetadataUrl ? { ToBotFromChannelOpenIdMetadataUrl: config.botOpenIdMetadataUrl } : {}),
  });
}
