import crypto from 'node:crypto';
import { entraError, graphError, type GraphResponse } from './graphErrors';

/**
 * The Entra ID side: the v2.0 client credentials grant and the metadata MSAL reads.
 * https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow
 *
 *   GET  /{tenant}/v2.0/.well-known/openid-configuration   (MSAL asks for it once per credential
 *        when the authority host is custom and instance discovery is off; checked empirically
 *        with @azure/identity 4.14 / msal-node 7.2: this and the token POST are the only calls)
 *   POST /{tenant}/oauth2/v2.0/token   form: grant_type=client_credentials, client_id,
 *        client_secret (or HTTP Basic, or client_assertion), scope=<resource>/.default
 *
 * One registered client. A wrong secret is 401 invalid_client (AADSTS7000215), a missing
 * one 401 invalid_client (AADSTS7000218), an unknown client 400 unauthorized_client
 * (AADSTS700016), a scope that is not `<resource>/.default` 400 invalid_scope (AADSTS70011).
 * Access tokens are opaque random strings (clients must not read them) valid for
 * `expires_in` seconds; Graph requests must bear one that has not expired or been revoked.
 */
export interface ClientRegistration {
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

export class TokenIssuer {
  private readonly tokens = new Map<string, { expiresAt: number }>();

  constructor(
    private readonly client: ClientRegistration,
    private readonly lifetimeSeconds: number,
    private readonly clock: () => number,
  ) {}

  /** Makes every token issued so far invalid, as if it had expired: the next Graph call with it is a 401. */
  expireAll(): void {
    for (const token of this.tokens.values()) token.expiresAt = 0;
  }

  get issuedCount(): number {
    return this.tokens.size;
  }

  openIdConfiguration(tenant: string, origin: string): GraphResponse {
    if (tenant !== this.client.tenantId) return entraError(400, 'invalid_tenant', 90002, `Tenant '${tenant}' not found.`);
    const base = `${origin}/${tenant}`;
    return {
      status: 200,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: {
        token_endpoint: `${base}/oauth2/v2.0/token`,
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        jwks_uri: `${base}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        issuer: `${base}/v2.0`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        tenant_region_scope: 'EU',
        cloud_instance_name: 'microsoftonline.com',
        msgraph_host: new URL(origin).host,
      },
    };
  }

  token(tenant: string, form: URLSearchParams, authorization: string | undefined, origin: string): GraphResponse {
    if (tenant !== this.client.tenantId) return entraError(400, 'invalid_request', 90002, `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`);
    if (form.get('grant_type') !== 'client_credentials') {
      return entraError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${form.get('grant_type') ?? ''}'.`);
    }
    let clientId = form.get('client_id') ?? undefined;
    let secret = form.get('client_secret') ?? undefined;
    const basic = /^Basic\s+(.+)$/i.exec(authorization ?? '');
    if (basic) {
      const [id, ...rest] = Buffer.from(basic[1]!, 'base64').toString('utf8').split(':');
      clientId = decodeURIComponent(id ?? '');
      secret = decodeURIComponent(rest.join(':'));
    }
    if (clientId !== this.client.clientId) {
      return entraError(400, 'unauthorized_client', 700016, `Application with identifier '${clientId ?? ''}' was not found in the directory '${tenant}'.`);
    }
    const assertion = form.get('client_assertion');
    if (secret === undefined && assertion === null) {
      return entraError(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
    }
    if (assertion !== null ? !this.validAssertion(assertion, form.get('client_assertion_type')) : secret !== this.client.clientSecret) {
      return entraError(401, 'invalid_client', 7000215, `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`);
    }
    const scope = form.get('scope') ?? '';
    if (scope !== GRAPH_SCOPE && scope !== `${origin}/.default`) {
      return entraError(400, 'invalid_scope', 70011, `The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`);
    }
    const accessToken = `emu-${crypto.randomBytes(32).toString('base64url')}`;
    this.tokens.set(accessToken, { expiresAt: this.clock() + this.lifetimeSeconds * 1000 });
    return {
      status: 200,
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store, no-cache' },
      body: { token_type: 'Bearer', expires_in: this.lifetimeSeconds, ext_expires_in: this.lifetimeSeconds, access_token: accessToken },
    };
  }

  /** A 401 for a Graph request without a valid bearer token, or undefined when it may proceed. */
  check(authorization: string | undefined): GraphResponse | undefined {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    const unauthorized = (message: string): GraphResponse => graphError(401, 'InvalidAuthenticationToken', message, {
      'WWW-Authenticate': 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
    });
    if (!match) return unauthorized('Access token is empty.');
    const token = this.tokens.get(match[1]!);
    if (!token) return unauthorized('Access token validation failure. Invalid audience.');
    if (token.expiresAt <= this.clock()) return unauthorized('Lifetime validation failed, the token is expired.');
    return undefined;
  }

  /** A client assertion (certificate or federated credential) is taken on trust if it names the client. */
  private validAssertion(assertion: string, type: string | null): boolean {
    if (type !== JWT_BEARER) return false;
    try {
      const payload = JSON.parse(Buffer.from(assertion.split('.')[1] ?? '', 'base64url').toString('utf8')) as { iss?: string; sub?: string; exp?: number };
      return payload.iss === this.client.clientId && payload.sub === this.client.clientId && (payload.exp ?? Infinity) * 1000 > this.clock();
    } catch {
      return false;
    }
  }
}
