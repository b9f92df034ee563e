import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';

/**
 * Plays Entra ID issuing Teams SSO tokens for the tab, on 127.0.0.1. It serves the
 * OpenID metadata of the common v2.0 endpoint and its signing keys, the two documents
 * a resource server reads to validate tokens:
 *   GET /common/v2.0/.well-known/openid-configuration   (issuer is the template
 *       https://login.microsoftonline.com/{tenantid}/v2.0, as on the real endpoint)
 *   GET /common/discovery/v2.0/keys                     (JWKS, RS256 keys with kid)
 * https://learn.microsoft.com/en-us/entra/identity-platform/v2-protocols-oidc#fetch-the-openid-configuration-document
 *
 * Tokens carry the claims of an Entra access token issued to a tab through
 * `authentication.getAuthToken()`: v1.0 by default (what an app registration issues
 * unless its manifest sets accessTokenAcceptedVersion 2) with issuer
 * https://sts.windows.net/<tid>/ and the Application ID URI as audience; v2.0 with
 * the v2 issuer and the client id as audience.
 * https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference
 * https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/authentication/tab-sso-overview
 */
export const TEAMS_WEB_CLIENT_ID = '5e3ce6c0-2b1f-4285-8d4b-75ee78787346';

export interface SsoApp {
  clientId: string;
  appIdUri: string;
}

export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  publicJwk: JWK;
}

export interface MintOptions {
  tenantId: string;
  oid: string;
  name?: string;
  version?: 1 | 2;
  /** Overrides the audience the version implies. */
  audience?: string;
  /** Overrides the issuer the version and tenant imply. */
  issuer?: string;
  scope?: string;
  /** Seconds from now; negative for a token that has expired. */
  expiresIn?: number;
  /** Sign with this key instead of a published one (a forgery). */
  key?: SigningKey;
  /** Leave claims out, e.g. ['oid']. */
  omit?: string[];
}

export async function createSigningKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' } };
}

export class SsoIssuer {
  readonly requests: string[] = [];

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    readonly app: SsoApp,
    private readonly keys: SigningKey[],
  ) {}

  /** An issuer for the tab's app registration; the App ID URI names the host the tab runs on. */
  static async start(app: SsoApp): Promise<SsoIssuer> {
    const keys = [await createSigningKey('sso-test-key-1')];
    const holder: { issuer?: SsoIssuer } = {};
    const server = http.createServer((req, res) => holder.issuer!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    holder.issuer = new SsoIssuer(server, `http://127.0.0.1:${port}`, app, keys);
    return holder.issuer;
  }

  get openIdMetadataUrl(): string {
    return `${this.url}/common/v2.0/.well-known/openid-configuration`;
  }

  /** The settings the server needs to accept this issuer's tokens. */
  get serverEnv(): Record<string, string> {
    return { TAB_SSO_CLIENT_ID: this.app.clientId, TAB_SSO_APP_ID_URI: this.app.appIdUri, ENTRA_OPENID_METADATA_URL: this.openIdMetadataUrl };
  }

  async mint(options: MintOptions): Promise<string> {
    const version = options.version ?? 1;
    const key = options.key ?? this.keys[0]!;
    const now = Math.floor(Date.now() / 1000);
    const expiresAt = now + (options.expiresIn ?? 3600);
    const common = {
      iss: options.issuer ?? (version === 1 ? `https://sts.windows.net/${options.tenantId}/` : `https://login.microsoftonline.com/${options.tenantId}/v2.0`),
      aud: options.audience ?? (version === 1 ? this.app.appIdUri : this.app.clientId),
      iat: Math.min(now, expiresAt) - 60,
      nbf: Math.min(now, expiresAt) - 60,
      exp: expiresAt,
      name: options.name ?? 'Test Person',
      oid: options.oid,
      tid: options.tenantId,
      sub: `sub-${options.oid}`,
      scp: options.scope ?? 'access_as_user',
      uti: crypto.randomUUID(),
    };
    const versioned = version === 1
      ? { ...common, ver: '1.0', appid: TEAMS_WEB_CLIENT_ID, appidacr: '0', upn: 'person@example.se', unique_name: 'person@example.se' }
      : { ...common, ver: '2.0', azp: TEAMS_WEB_CLIENT_ID, azpacr: '0', preferred_username: 'person@example.se' };
    const claims: Record<string, unknown> = { ...versioned };
    for (const name of options.omit ?? []) delete claims[name];
    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid }).sign(key.privateKey);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = new URL(req.url ?? '/', this.url).pathname;
    this.requests.push(path);
    const json = (status: number, body: unknown): void => {
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    if (path === '/common/v2.0/.well-known/openid-configuration') {
      return json(200, {
        token_endpoint: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
        jwks_uri: `${this.url}/common/discovery/v2.0/keys`,
        issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0',
        authorization_endpoint: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        subject_types_supported: ['pairwise'],
        tenant_region_scope: null,
        cloud_instance_name: 'microsoftonline.com',
      });
    }
    if (path === '/common/discovery/v2.0/keys') return json(200, { keys: this.keys.map((k) => k.publicJwk) });
    return json(404, { error: 'not_found' });
  }
}
