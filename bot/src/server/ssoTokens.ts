import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { TabIdentity } from '../app/tab';
import type { TabSsoSettings } from '../config/config';

/**
 * Validates the Teams SSO token the tab sends with each API call: an Entra access
 * token issued to the tab's app registration on the user's behalf.
 * https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/authentication/tab-sso-code#pass-the-access-token-to-server-side-code
 * https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens#validate-tokens
 * https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference
 *
 * Signature against the keys Entra's OpenID metadata publishes (rotated keys are
 * fetched when a token names an unknown `kid`); issuer for the token's own tenant, as
 * v1 (`https://sts.windows.net/<tid>/`) or v2 (the metadata's issuer with the tenant
 * filled in); audience the Application ID URI (v1 tokens) or the client id (v2);
 * expiry and not-before with a clock tolerance; the delegated scope `access_as_user`;
 * `tid` and `oid` present. The user comes from the token only.
 */
export type SsoRejection = 'invalid' | 'expired' | 'insufficientScope';

export class SsoTokenRejected extends Error {
  constructor(readonly reason: SsoRejection, detail: string) {
    super(detail);
    this.name = 'SsoTokenRejected';
  }
}

/** The keys or the metadata could not be read: nobody can be told yes or no right now. */
export class SsoUnavailable extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'SsoUnavailable';
  }
}

export interface SsoTokenValidator {
  validate(token: string): Promise<TabIdentity>;
}

/** Microsoft's token validation libraries allow five minutes of clock skew by default. */
export const CLOCK_TOLERANCE_SECONDS = 300;
export const REQUIRED_SCOPE = 'access_as_user';
const V1_ISSUER = (tenantId: string): string => `https://sts.windows.net/${tenantId}/`;
const METADATA_TIMEOUT_MS = 5000;

interface OpenIdMetadata {
  /** `https://login.microsoftonline.com/{tenantid}/v2.0` for the common endpoint. */
  issuer: string;
  jwks_uri: string;
}

async function readMetadata(url: string): Promise<OpenIdMetadata> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(METADATA_TIMEOUT_MS) });
  } catch (error) {
    throw new SsoUnavailable(`OpenID metadata unreachable at ${url}`, error);
  }
  const body = (await response.json().catch(() => undefined)) as Partial<OpenIdMetadata> | undefined;
  if (!response.ok || typeof body?.issuer !== 'string' || typeof body.jwks_uri !== 'string') {
    throw new SsoUnavailable(`OpenID metadata at ${url} answered ${response.status} without issuer and jwks_uri`);
  }
  return { issuer: body.issuer, jwks_uri: body.jwks_uri };
}

const claimText = (payload: JWTPayload, name: string): string | undefined => {
  const value = payload[name];
  return typeof value === 'string' && value.trim() ? value : undefined;
};

function classify(error: unknown): Error {
  if (error instanceof SsoTokenRejected || error instanceof SsoUnavailable) return error;
  if (error instanceof errors.JWTExpired) return new SsoTokenRejected('expired', error.message);
  // A JWKS that cannot be fetched (timeout, non-200, network) is our problem, not the caller's.
  if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError) || error.code === 'ERR_JOSE_GENERIC') {
    return new SsoUnavailable('signing keys unavailable', error);
  }
  return new SsoTokenRejected('invalid', error.message);
}

export function createSsoTokenValidator(settings: TabSsoSettings): SsoTokenValidator {
  let keys: Promise<{ metadata: OpenIdMetadata; jwks: ReturnType<typeof createRemoteJWKSet> }> | undefined;
  const signingKeys = () => {
    keys ??= readMetadata(settings.openIdMetadataUrl).then((metadata) => ({ metadata, jwks: createRemoteJWKSet(new URL(metadata.jwks_uri)) }));
    // A failed read is tried again on the next request rather than remembered.
    keys.catch(() => (keys = undefined));
    return keys;
  };

  return {
    async validate(token) {
      try {
        const { metadata, jwks } = await signingKeys();
        const { payload } = await jwtVerify(token, jwks, {
          algorithms: ['RS256'],
          audience: [settings.appIdUri, settings.clientId],
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          requiredClaims: ['exp', 'iss', 'aud', 'tid', 'oid'],
        });
        const tenantId = claimText(payload, 'tid');
        const aadObjectId = claimText(payload, 'oid');
        if (!tenantId || !aadObjectId) throw new SsoTokenRejected('invalid', 'tid and oid must be non-empty strings');
        const issuers = [V1_ISSUER(tenantId), metadata.issuer.replace('{tenantid}', tenantId)];
        if (!issuers.includes(String(payload.iss))) throw new SsoTokenRejected('invalid', `issuer ${String(payload.iss)} is not the token's tenant's`);
        const scopes = (claimText(payload, 'scp') ?? '').split(' ');
        if (!scopes.includes(REQUIRED_SCOPE)) throw new SsoTokenRejected('insufficientScope', `scope ${REQUIRED_SCOPE} missing`);
        const name = claimText(payload, 'name') ?? claimText(payload, 'preferred_username') ?? claimText(payload, 'upn') ?? '';
        return { aadObjectId, tenantId, name, isDevelopment: false };
      } catch (error) {
        throw classify(error);
      }
    },
  };
}
