import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

type AuthResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;
type Factory = NonNullable<AuthResult['connectorFactory']>;
type Client = Awaited<ReturnType<Factory['create']>>;

const MAX_CLIENTS = 64;

/**
 * The SDK builds a new Bot Connector client, with its whole HTTP pipeline, on
 * every turn. Clients hold no per-turn state (tokens are cached by the
 * credentials), so one per service URL and audience is reused, bounded in number.
 */
export class ConnectorClientCache {
  private readonly clients = new Map<string, Promise<Client>>();

  wrap(result: AuthResult): AuthResult {
    const inner = result.connectorFactory;
    if (!inner) return result;
    const create = (serviceUrl: string, audience?: string): Promise<Client> => {
      const key = `${serviceUrl}\n${audience ?? ''}\n${result.audience ?? ''}`;
      let client = this.clients.get(key);
      if (!client) {
        if (this.clients.size >= MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value!);
        client = inner.create(serviceUrl, audience);
        client.catch(() => this.clients.delete(key));
        this.clients.set(key, client);
      }
      return client;
    };
    return { ...result, connectorFactory: { create } as Factory };
  }
}
