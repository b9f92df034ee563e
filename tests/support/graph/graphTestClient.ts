import { ClientSecretCredential } from '@azure/identity';
import {
  AuthenticationHandler, Client, HTTPMessageHandler, RetryHandler, RetryHandlerOptions, TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import type { GraphEmulator } from './graphEmulator';

/**
 * The real Graph client and credential wired to an emulator the way production wires
 * them to Microsoft (shared/ENGINEERING.md, "Graph and @azure/identity against a local
 * endpoint"): ClientSecretCredential with authorityHost = emulator origin and
 * disableInstanceDiscovery; Client.initWithMiddleware with baseUrl = origin (no /v1.0)
 * and the emulator's host name in customHosts, without which the client would drop the
 * Authorization header.
 */
export interface GraphTestClientOptions {
  clientSecret?: string;
  /** Retries of the client's RetryHandler (429/503/504); the SDK default is 3. */
  maxRetries?: number;
  scope?: string;
}

export function graphTestCredential(graph: GraphEmulator, clientSecret = graph.options.clientSecret): ClientSecretCredential {
  return new ClientSecretCredential(graph.options.tenantId, graph.options.clientId, clientSecret, {
    authorityHost: graph.origin,
    disableInstanceDiscovery: true,
  });
}

export function graphTestClient(graph: GraphEmulator, options: GraphTestClientOptions = {}): Client {
  const credential = graphTestCredential(graph, options.clientSecret);
  const authProvider = new TokenCredentialAuthenticationProvider(credential, { scopes: [options.scope ?? 'https://graph.microsoft.com/.default'] });
  const customHosts = new Set([graph.hostname]);
  if (options.maxRetries === undefined) return Client.initWithMiddleware({ authProvider, baseUrl: graph.origin, customHosts });
  // Same chain as the SDK's default, with our retry count and no minimum delay.
  const auth = new AuthenticationHandler(authProvider);
  const retry = new RetryHandler(new RetryHandlerOptions(0, options.maxRetries));
  const telemetry = new TelemetryHandler();
  auth.setNext(retry);
  retry.setNext(telemetry);
  telemetry.setNext(new HTTPMessageHandler());
  return Client.initWithMiddleware({ middleware: auth, baseUrl: graph.origin, customHosts });
}
