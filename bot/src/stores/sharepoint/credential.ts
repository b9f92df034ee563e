import { ClientCertificateCredential, ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { SharePointSettings } from './settings';

/**
 * The app's own identity towards Graph, from the standard settings. A custom
 * authority host (national clouds, tests) must not trigger instance discovery
 * against the public Entra host.
 */
export function createGraphCredential(settings: SharePointSettings): TokenCredential {
  const { credential, authorityHost } = settings;
  const custom = authorityHost !== 'https://login.microsoftonline.com';
  const options = { authorityHost, ...(custom ? { disableInstanceDiscovery: true } : {}) };
  switch (credential.kind) {
    case 'clientSecret':
      return new ClientSecretCredential(credential.tenantId, credential.clientId, credential.clientSecret, options);
    case 'clientCertificate':
      return new ClientCertificateCredential(credential.tenantId, credential.clientId, { certificatePath: credential.certificatePath }, options);
    case 'managedIdentity':
      return credential.clientId ? new ManagedIdentityCredential({ clientId: credential.clientId }) : new ManagedIdentityCredential();
  }
}

/** The Graph resource's default scope, for whatever cloud GRAPH_BASE_URL names. */
export const graphScope = (settings: SharePointSettings): string => `${settings.graphBaseUrl}/.default`;
