import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { PromiseCache } from './promiseCache';

type AuthResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;
type Factory = NonNullable<AuthResult['connectorFactory']>;
type Client = Awaited<ReturnType<Factory['create']>>;

/**
 * The SDK builds a new Bot Connector client, with its whole HTTP pipeline, on
 * every turn. Clients hold no per-turn state (tokens are cached by the
 * credentials), so one per service URL and audience is reused, bounded in number.
 */
export class ConnectorClientCache {
  private readonly clients = new PromiseCache<Client>(64);

  wrap(result: AuthResult): AuthResult {
    const inner = result.connectorFactory;
    if (!inner) return result;
    const create = (serviceUrl: string, audience?: string): Promise<Client> =>
      this.clients.get(`${serviceUrl}\n${audience ?? ''}\n${result.audience ?? ''}`, () => inner.create(serviceUrl, audience));
    return { ...result, connectorFactory: { create } as Factory };
  }
}
