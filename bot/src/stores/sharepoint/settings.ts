/** What the SharePoint store needs to reach its site; the config module fills it in from the environment. */
export type GraphCredentialSettings =
  | { kind: 'clientSecret'; tenantId: string; clientId: string; clientSecret: string }
  | { kind: 'clientCertificate'; tenantId: string; clientId: string; certificatePath: string }
  | { kind: 'managedIdentity'; clientId?: string };

export interface SharePointSettings {
  /** A Graph site id, or `hostname:/sites/path`. */
  siteId: string;
  /** Graph origin without /v1.0 (national clouds, tests). */
  graphBaseUrl: string;
  authorityHost: string;
  credential: GraphCredentialSettings;
  maxRetries: number;
  /** The longest a throttled request waits before its next try, whatever Retry-After says. */
  maxRetryDelaySeconds: number;
}
