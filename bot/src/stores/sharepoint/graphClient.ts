import { AuthenticationHandler, Client, HTTPMessageHandler, type Middleware } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import type { TokenCredential } from '@azure/identity';
import type { SharePointSettings } from './settings';
import { graphScope } from './credential';
import { ThrottlingRetryMiddleware } from './retryMiddleware';

/**
 * The Graph client: authentication, then throttling retries, then HTTP. The base
 * URL is the origin without /v1.0; a non-Microsoft host (a national cloud's proxy,
 * a test emulator) must be listed in customHosts or the client drops the token.
 */
export function createGraphClient(settings: SharePointSettings, credential: TokenCredential): Client {
  const auth = new AuthenticationHandler(new TokenCredentialAuthenticationProvider(credential, { scopes: [graphScope(settings)] }));
  const retry = new ThrottlingRetryMiddleware({ maxRetries: settings.maxRetries, maxDelayMs: settings.maxRetryDelaySeconds * 1000 });
  const http = new HTTPMessageHandler();
  const chain: Middleware[] = [auth, retry, http];
  for (let i = 0; i < chain.length - 1; i++) chain[i]!.setNext!(chain[i + 1]!);
  return Client.initWithMiddleware({
    middleware: auth,
    baseUrl: settings.graphBaseUrl,
    defaultVersion: 'v1.0',
    customHosts: new Set([new URL(settings.graphBaseUrl).hostname]),
  });
}
